package org.portcullis.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.certificate.ClearanceJws;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.merkle.MerkleHash;
import org.portcullis.ledger.sth.LogKey;

/**
 * The log signs with Bouncy Castle, but anyone verifies with Java alone: the verifier runs in a JVM whose class path
 * holds only the ledger's own classes (as {@code java -jar portcullis-ledger.jar} does) on what the log signed.
 */
class VerifierClasspathTest {

    @TempDir
    Path dir;

    @Test
    void verifiesTreeHeadsAndCertificatesSignedByTheLogWithoutBouncyCastle() throws Exception {
        LogKey key = LogKey.generate();
        key.write(dir.resolve("log.key"), dir.resolve("log.pub"));
        TransparencyLog log = new TransparencyLog(key);
        log.append(MerkleHash.leaf("a".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("sth.json"), LogJson.sth(log.signHead(1, 1_765_000_000_000L)));
        Files.writeString(dir.resolve("certificate.jws"), ClearanceJws.sign(key, Map.of("certificateId", "CC-1",
                "mrn", "26NL0000000000001X", "logIndex", "0")));

        assertFalse(ledgerClasses().contains("bcprov"), ledgerClasses());
        Run sth = verify("sth", "sth.json");
        assertEquals(0, sth.status(), sth.output());
        assertTrue(sth.output().startsWith("OK: sth verified"), sth.output());
        Run certificate = verify("verify-certificate", "certificate.jws");
        assertEquals(0, certificate.status(), certificate.output());
    }

    private record Run(int status, String output) {
    }

    private Run verify(String command, String file) throws IOException, InterruptedException, URISyntaxException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", ledgerClasses(),
                Verify.class.getName(), command, dir.resolve(file).toString(), "--key",
                dir.resolve("log.pub").toString())).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the verifier did not end");
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    /** Where the ledger's main classes are: target/classes in a build, the jar when run from it. */
    private static String ledgerClasses() throws URISyntaxException {
        return Path.of(Verify.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
