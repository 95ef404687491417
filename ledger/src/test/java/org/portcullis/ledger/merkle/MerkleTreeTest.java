package org.portcullis.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree against RFC 6962's definition of MTH written out once, naively, over the leaf data, for every size up
 * to 70; every proof the tree gives verifies, and a changed or reordered log does not.
 */
class MerkleTreeTest {

    private static final int LEAVES = 70;

    private final List<byte[]> data = new ArrayList<>();
    private final MerkleTree tree = new MerkleTree();

    MerkleTreeTest() {
        for (int i = 0; i < LEAVES; i++) {
            data.add(("leaf " + i).getBytes(StandardCharsets.UTF_8));
            tree.append(MerkleHash.leaf(data.get(i)));
        }
    }

    @Test
    void rootOfEverySizeIsTheTreeHashTheRfcDefines() {
        for (int size = 0; size <= LEAVES; size++) {
            assertArrayEquals(mth(data.subList(0, size)), tree.rootHash(size), "size " + size);
        }
    }

    @Test
    void everyInclusionProofOfEveryLeafInEverySizeVerifies() {
        for (int size = 1; size <= LEAVES; size++) {
            byte[] root = tree.rootHash(size);
            for (int index = 0; index < size; index++) {
                assertTrue(ProofVerifier.verifyInclusion(index, size, tree.leafHash(index),
                        tree.inclusionProof(index, size), root), index + " in " + size);
            }
        }
    }

    @Test
    void everyConsistencyProofBetweenTwoSizesVerifies() {
        for (int second = 1; second <= LEAVES; second++) {
            for (int first = 1; first <= second; first++) {
                assertTrue(ProofVerifier.verifyConsistency(first, second, tree.rootHash(first),
                        tree.rootHash(second), tree.consistencyProof(first, second)), first + " to " + second);
            }
        }
    }

    @Test
    void aTamperedLeafFailsInclusionAndConsistency() {
        List<byte[]> tampered = new ArrayList<>(data);
        tampered.set(17, "leaf 17 changed".getBytes(StandardCharsets.UTF_8));
        byte[] tamperedRoot = mth(tampered);
        assertFalse(ProofVerifier.verifyInclusion(17, LEAVES, MerkleHash.leaf(tampered.get(17)),
                tree.inclusionProof(17, LEAVES), tree.rootHash(LEAVES)));
        assertFalse(ProofVerifier.verifyConsistency(40, LEAVES, tree.rootHash(40), tamperedRoot,
                tree.consistencyProof(40, LEAVES)));
    }

    @Test
    void aReorderedLogIsNotConsistentWithItsPast() {
        List<byte[]> reordered = new ArrayList<>(data);
        Collections.swap(reordered, 3, 4);
        MerkleTree rewritten = new MerkleTree();
        reordered.forEach(leaf -> rewritten.append(MerkleHash.leaf(leaf)));
        assertFalse(ProofVerifier.verifyConsistency(10, LEAVES, tree.rootHash(10), rewritten.rootHash(LEAVES),
                rewritten.consistencyProof(10, LEAVES)));
        assertFalse(ProofVerifier.verifyInclusion(3, LEAVES, tree.leafHash(3), rewritten.inclusionProof(3, LEAVES),
                rewritten.rootHash(LEAVES)));
    }

    @Test
    void refusesProofsForSizesTheLogNeverHad() {
        assertThrows(IllegalArgumentException.class, () -> tree.rootHash(LEAVES + 1));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(5, 5));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(9, 8));
    }

    /** MTH as RFC 6962 section 2.1 defines it, from the data, with nothing kept between calls. */
    private static byte[] mth(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return MerkleHash.sha256(new byte[0]);
        }
        if (leaves.size() == 1) {
            return MerkleHash.leaf(leaves.get(0));
        }
        int k = 1;
        while (k * 2 < leaves.size()) {
            k *= 2;
        }
        return MerkleHash.node(mth(leaves.subList(0, k)), mth(leaves.subList(k, leaves.size())));
    }
}
