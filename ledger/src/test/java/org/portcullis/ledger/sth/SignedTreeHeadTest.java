package org.portcullis.ledger.sth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.ledger.merkle.MerkleHash;

class SignedTreeHeadTest {

    @Test
    void signedDataIsTheTlsEncodingOfTreeHeadDataV2() {
        byte[] root = MerkleHash.empty();
        byte[] data = new TreeHead(0x0102, 0x0A0B, root).signedData();
        assertEquals(51, data.length);
        assertEquals("0000000000000a0b" + "0000000000000102" + "20" + HexFormat.of().formatHex(root) + "0000",
                HexFormat.of().formatHex(data));
    }

    @Test
    void aTreeHeadSignedByTheLogVerifiesWithItsPublicKeyOnly() {
        LogKey key = LogKey.generate();
        SignedTreeHead sth = key.sign(new TreeHead(8, 1_700_000_000_000L, MerkleHash.empty()));
        assertTrue(sth.verify(key.publicKey()));
        assertFalse(sth.verify(LogKey.generate().publicKey()));
        SignedTreeHead resized = new SignedTreeHead(sth.logId(), new TreeHead(9, 1_700_000_000_000L,
                MerkleHash.empty()), sth.signature());
        assertFalse(resized.verify(key.publicKey()));
    }

    @Test
    void keysSurviveWritingAndReadingAsPem(@TempDir Path dir) throws IOException {
        LogKey key = LogKey.generate();
        key.write(dir.resolve("log.key"), dir.resolve("log.pub"));
        LogKey read = LogKey.read(dir.resolve("log.key"), dir.resolve("log.pub"));
        assertEquals(key.logId(), read.logId());
        assertTrue(Files.readString(dir.resolve("log.pub")).startsWith("-----BEGIN PUBLIC KEY-----"));
        SignedTreeHead sth = read.sign(new TreeHead(1, 2, MerkleHash.empty()));
        assertTrue(sth.verify(LogKey.readPublic(dir.resolve("log.pub"))));
        assertArrayEquals(key.publicKey().getEncoded(), read.publicKey().getEncoded());
    }
}
