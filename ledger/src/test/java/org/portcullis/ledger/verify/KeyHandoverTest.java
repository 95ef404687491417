package org.portcullis.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.merkle.MerkleHash;
import org.portcullis.ledger.sth.KeyHandover;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.portcullis.ledger.sth.TreeHead;

/**
 * Key rotation as a verifier holding only the old public key sees it: the log of 8 leaves signed its head of 5 with
 * key A, then passed to key B by a handover (A vouches for B, B cross-signs A's last head), and B signed the head of 8.
 */
class KeyHandoverTest {

    @TempDir
    Path dir;

    private final LogKey oldKey = LogKey.generate();
    private final LogKey newKey = LogKey.generate();
    private final LogKey unrelated = LogKey.generate();
    private final TransparencyLog withOldKey = new TransparencyLog(oldKey);
    private final TransparencyLog withNewKey = new TransparencyLog(newKey);
    private SignedTreeHead lastOld;
    private SignedTreeHead firstNew;
    private KeyHandover handover;

    @BeforeEach
    void rotate() throws IOException {
        for (int i = 0; i < 8; i++) {
            byte[] leaf = MerkleHash.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8));
            withOldKey.append(leaf);
            withNewKey.append(leaf);
        }
        lastOld = withOldKey.signHead(5, 1_000);
        handover = KeyHandover.sign(oldKey, newKey, lastOld, 2_000);
        firstNew = withNewKey.signHead(8, 3_000);
        oldKey.write(dir.resolve("old.key"), dir.resolve("old.pub"));
        newKey.write(dir.resolve("new.key"), dir.resolve("new.pub"));
        write("handovers.json", "{\"handovers\":[" + LogJson.handover(handover) + "]}");
        write("new-sth.json", "{\"sth\":" + LogJson.sth(firstNew) + "}");
        write("old-sth.json", LogJson.sth(lastOld));
    }

    @Test
    void aVerifierWithOnlyTheOldKeyAcceptsTheNewKeysHeadThroughTheHandover() {
        assertEquals(List.of(), new LogChecks(KeyChain.of(List.of(oldKey.publicKey()), List.of(handover)))
                .sth(firstNew));
        assertFalse(new LogChecks(oldKey.publicKey()).sth(firstNew).isEmpty(), "without the handover");

        VerifierRun followed = VerifierRun.of("sth", file("new-sth.json"), "--key", file("old.pub"), "--handover",
                file("handovers.json"));
        assertEquals(0, followed.status(), followed.output());
        VerifierRun alone = VerifierRun.of("sth", file("new-sth.json"), "--key", file("old.pub"));
        assertEquals(1, alone.status(), alone.output());
    }

    @Test
    void consistencyAcrossTheRotationHoldsWithTheOldKeyAndTheHandover() throws IOException {
        write("consistency.json", LogJson.consistencyAnswer(withNewKey.consistency(5, 8), firstNew));

        VerifierRun run = VerifierRun.of("consistency", file("old-sth.json"), file("consistency.json"), "--key",
                file("old.pub"),
                "--handover", file("handovers.json"));

        assertEquals(0, run.status(), run.output());
    }

    @Test
    void aHeadSignedByAnUnrelatedKeyIsRefusedEvenWithTheHandover() throws IOException {
        SignedTreeHead stranger = unrelated.sign(new TreeHead(8, 3_000, withNewKey.rootHash(8)));
        write("stranger.json", LogJson.sth(stranger));

        assertFalse(new LogChecks(KeyChain.of(List.of(oldKey.publicKey()), List.of(handover))).sth(stranger)
                .isEmpty());
        assertEquals(1, VerifierRun.of("sth", file("stranger.json"), "--key", file("old.pub"), "--handover",
                file("handovers.json")).status());
    }

    @Test
    void aHandoverTheOldKeyDidNotSignIsNotFollowed() throws IOException {
        KeyHandover blank = new KeyHandover(lastOld, unrelated.publicKey(), 2_000, new byte[64], new byte[64]);
        byte[] data = blank.signedData();
        KeyHandover forged = new KeyHandover(lastOld, unrelated.publicKey(), 2_000, unrelated.sign(data),
                unrelated.sign(data));
        SignedTreeHead strangerHead = unrelated.sign(new TreeHead(8, 3_000, withNewKey.rootHash(8)));
        write("forged.json", "{\"handover\":" + LogJson.handover(forged) + "}");
        write("stranger.json", LogJson.sth(strangerHead));

        KeyChain chain = KeyChain.of(List.of(oldKey.publicKey()), List.of(forged));

        assertTrue(chain.followed().isEmpty());
        assertFalse(chain.problems().isEmpty());
        assertFalse(new LogChecks(chain).sth(strangerHead).isEmpty());
        VerifierRun run = VerifierRun.of("sth", file("stranger.json"), "--key", file("old.pub"), "--handover",
                file("forged.json"));
        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains("is not signed with the old key"), run.output());
    }

    @Test
    void aHandoverWithoutTheNewKeysCrossSignatureIsNotFollowed() {
        KeyHandover oneSided = new KeyHandover(lastOld, newKey.publicKey(), 2_000, handover.oldSignature(),
                oldKey.sign(handover.signedData()));

        KeyChain chain = KeyChain.of(List.of(oldKey.publicKey()), List.of(oneSided));

        assertEquals(List.of(), chain.followed());
        assertFalse(new LogChecks(chain).sth(firstNew).isEmpty());
    }

    @Test
    void aHandoverWhoseLastHeadWasAlteredIsNotFollowed() {
        SignedTreeHead otherRoot = new SignedTreeHead(lastOld.logId(), new TreeHead(5, 1_000,
                withOldKey.rootHash(4)), lastOld.signature());
        KeyHandover altered = new KeyHandover(otherRoot, newKey.publicKey(), 2_000, handover.oldSignature(),
                handover.newSignature());

        assertTrue(KeyChain.of(List.of(oldKey.publicKey()), List.of(altered)).followed().isEmpty());
    }

    @Test
    void theNewKeySignsNoTreeSmallerThanTheHandoversSize() {
        SignedTreeHead rewrittenPast = withNewKey.signHead(3, 3_000);

        List<String> problems = new LogChecks(KeyChain.of(List.of(oldKey.publicKey()), List.of(handover)))
                .sth(rewrittenPast);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("handed over to at size 5"), problems.toString());
    }

    @Test
    void aChainOfHandoversIsFollowedInWhateverOrderItIsGiven() throws IOException {
        LogKey third = LogKey.generate();
        TransparencyLog withThird = new TransparencyLog(third);
        for (int i = 0; i < 8; i++) {
            withThird.append(withNewKey.leafHash(i));
        }
        KeyHandover second = KeyHandover.sign(newKey, third, firstNew, 4_000);
        write("chain.json", "{\"handovers\":[" + LogJson.handover(second) + "," + LogJson.handover(handover) + "]}");
        write("third-sth.json", LogJson.sth(withThird.signHead(8, 5_000)));

        VerifierRun handovers = VerifierRun.of("handover", file("chain.json"), "--key", file("old.pub"));
        assertEquals(0, handovers.status(), handovers.output());
        assertTrue(handovers.output().contains("to log " + third.logId() + " at tree size 8"), handovers.output());
        assertEquals(0, VerifierRun.of("sth", file("third-sth.json"), "--key", file("old.pub"), "--handover",
                file("chain.json")).status());
        assertEquals(1, VerifierRun.of("handover", file("chain.json"), "--key", file("new.pub")).status(),
                "from B alone, the handover from A is not reached");
    }

    @Test
    void aHandoverReadsBackFromItsJsonAsWritten() {
        @SuppressWarnings("unchecked")
        KeyHandover read = LogJson.readHandover((Map<String, Object>) JsonText.parse(LogJson.handover(handover)));

        assertEquals(LogJson.handover(handover), LogJson.handover(read));
        assertEquals(List.of(), read.problems(oldKey.publicKey()));
    }

    private void write(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json);
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }
}
