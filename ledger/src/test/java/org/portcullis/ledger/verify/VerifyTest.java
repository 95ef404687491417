package org.portcullis.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.ledger.EntryKind;
import org.portcullis.ledger.LogEntry;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.certificate.ClearanceJws;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.merkle.MerkleHash;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;

/** The command-line verifier on receipts and consistency, as a carrier or an auditor runs it. */
class VerifyTest {

    @TempDir
    Path dir;

    private final LogKey key = LogKey.generate();
    private final TransparencyLog log = new TransparencyLog(key);
    private final byte[] filing = "{\"header\":{\"lrn\":\"LRN-1\"}}".getBytes(StandardCharsets.UTF_8);
    private LogEntry entry;

    @BeforeEach
    void fillTheLog() throws IOException {
        for (int i = 0; i < 5; i++) {
            log.append(MerkleHash.leaf(("other " + i).getBytes(StandardCharsets.UTF_8)));
        }
        entry = new LogEntry(EntryKind.MESSAGE_RECEIVED, Instant.parse("2026-12-05T10:00:00Z"), Map.of(
                "carrier", "MSC", "messageId", "msg-1", "sha256", HexFormat.of().formatHex(MerkleHash.sha256(filing))));
        log.append(entry.leafHash());
        log.append(MerkleHash.leaf("after".getBytes(StandardCharsets.UTF_8)));
        key.write(dir.resolve("log.key"), dir.resolve("log.pub"));
        Files.write(dir.resolve("filing.json"), filing);
    }

    @Test
    void aSoundReceiptVerifiesWithTheMessageItRecords() throws IOException {
        write("notice.json", "{\"type\":\"ACCEPTED\",\"receipt\":" + receipt(entry.text()) + "}");
        VerifierRun run = VerifierRun.of("receipt", file("notice.json"), "--key", file("log.pub"), "--message",
                file("filing.json"));
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().startsWith("OK: receipt"), run.output());
    }

    @Test
    void aReceiptWithAChangedLeafOrAnotherMessageOrAnotherKeyFails() throws IOException {
        write("forged.json", receipt(entry.text().replace("msg-1", "msg-2")));
        assertEquals(1, VerifierRun.of("receipt", file("forged.json"), "--key", file("log.pub")).status());

        write("sound.json", receipt(entry.text()));
        Files.writeString(dir.resolve("other.json"), "{}");
        VerifierRun otherMessage = VerifierRun.of("receipt", file("sound.json"), "--key", file("log.pub"), "--message",
                file("other.json"));
        assertEquals(1, otherMessage.status());
        assertTrue(otherMessage.output().contains("the message's SHA-256 is"), otherMessage.output());

        LogKey.generate().write(dir.resolve("other.key"), dir.resolve("other.pub"));
        assertEquals(1, VerifierRun.of("receipt", file("sound.json"), "--key", file("other.pub")).status());
    }

    @Test
    void consistencyBetweenTwoTreeHeadsVerifiesUnlessTheLogWasRewritten() throws IOException {
        SignedTreeHead older = log.signHead(3, 1000);
        write("older.json", "{\"sth\":" + LogJson.sth(older) + "}");
        write("answer.json", LogJson.consistencyAnswer(log.consistency(3, 7), log.signHead(7, 2000)));
        assertEquals(0, VerifierRun.of("consistency", file("older.json"), file("answer.json"), "--key",
                file("log.pub")).status());

        TransparencyLog rewritten = new TransparencyLog(key);
        for (int i = 0; i < 7; i++) {
            rewritten.append(MerkleHash.leaf(("rewritten " + i).getBytes(StandardCharsets.UTF_8)));
        }
        write("rewritten.json", LogJson.consistencyAnswer(rewritten.consistency(3, 7), rewritten.signHead(7, 3000)));
        VerifierRun run = VerifierRun.of("consistency", file("older.json"), file("rewritten.json"), "--key",
                file("log.pub"));
        assertEquals(1, run.status());
        assertTrue(run.output().contains("does not extend"), run.output());
    }

    @Test
    void wrongUsageSaysHowToCallIt() {
        VerifierRun run = VerifierRun.of("receipt");
        assertEquals(2, run.status());
        assertTrue(run.output().startsWith("usage:"));
    }

    private String receipt(String leaf) {
        long index = 5;
        return LogJson.receipt(leaf, log.leafHash(index), log.inclusion(index, 7), log.signHead(7, 1234));
    }

    @Test
    void aClearanceCertificateVerifiesOfflineAsJwsAsApiAnswerAndAsQrCodeUrl() throws IOException {
        String jws = ClearanceJws.sign(key, Map.of("certificateId", "CC-1", "mrn", "26NL0000000000001X",
                "logIndex", "5"));
        write("certificate.jws", jws);
        write("answer.json", "{\"id\":\"CC-1\",\"jws\":\"" + jws + "\"}");
        write("qr.txt", "https://portcullis.example/verify?log=5&jws=" + jws);

        for (String presented : new String[] {"certificate.jws", "answer.json", "qr.txt"}) {
            VerifierRun run = VerifierRun.of("verify-certificate", file(presented), "--key", file("log.pub"));
            assertEquals(0, run.status(), presented + ": " + run.output());
            assertTrue(run.output().contains("logIndex: 5"), run.output());
            assertTrue(run.output().contains("OK: verify-certificate"), run.output());
        }
    }

    @Test
    void aClearanceCertificateWithAnAlteredPayloadOrAnotherKeyIsNotVerified() throws IOException {
        String jws = ClearanceJws.sign(key, Map.of("certificateId", "CC-1", "mrn", "26NL0000000000001X"));
        String[] parts = jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("26NL0000000000001X", "26NL0000000000002X");
        write("altered.jws", parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        LogKey other = LogKey.generate();
        other.write(dir.resolve("other.key"), dir.resolve("other.pub"));
        write("genuine.jws", jws);

        VerifierRun altered = VerifierRun.of("verify-certificate", file("altered.jws"), "--key", file("log.pub"));
        VerifierRun otherKey = VerifierRun.of("verify-certificate", file("genuine.jws"), "--key", file("other.pub"));

        assertEquals(1, altered.status(), altered.output());
        assertTrue(altered.output().contains("FAILED: the signature does not verify"), altered.output());
        assertEquals(1, otherKey.status(), otherKey.output());
        assertTrue(otherKey.output().contains("not with this key"), otherKey.output());
    }

    private void write(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json);
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }
}
