package org.portcullis.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portcullis.ledger.json.JsonText;

/** The tree, its proofs and their verification against the transparency-dev RFC 6962 vectors (vectors/README.md). */
class Rfc6962VectorsTest {

    private static final HexFormat HEX = HexFormat.of();
    private static Map<String, Object> vectors;
    private static MerkleTree tree;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readVectors() throws IOException {
        try (InputStream in = Rfc6962VectorsTest.class.getResourceAsStream("/vectors/transparency-dev-merkle.json")) {
            vectors = (Map<String, Object>) JsonText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        tree = new MerkleTree();
        for (Object leaf : list("leaves")) {
            tree.append(MerkleHash.leaf(HEX.parseHex((String) leaf)));
        }
    }

    @Test
    void hashesEmptyTreeLeavesAndNodesAsTheVectorsSay() {
        for (Map<String, Object> vector : maps("hashes")) {
            byte[] got = switch ((String) vector.get("kind")) {
                case "empty" -> MerkleHash.empty();
                case "leaf" -> MerkleHash.leaf(HEX.parseHex((String) vector.get("input")));
                default -> MerkleHash.node(HEX.parseHex((String) vector.get("left")),
                        HEX.parseHex((String) vector.get("right")));
            };
            assertEquals(vector.get("want"), HEX.formatHex(got), (String) vector.get("desc"));
        }
    }

    @Test
    void computesTheRootOfEveryTreeSizeIncludingThoseThatAreNoPowerOfTwo() {
        List<Object> roots = list("roots");
        for (int size = 1; size <= roots.size(); size++) {
            assertEquals(roots.get(size - 1), HEX.formatHex(tree.rootHash(size)), "root of " + size + " leaves");
        }
    }

    @Test
    void producesAndVerifiesTheInclusionProofsOfTheVectors() {
        for (Map<String, Object> vector : maps("inclusion")) {
            long index = (Long) vector.get("leaf") - 1;
            long size = (Long) vector.get("size");
            List<byte[]> expected = hashes(vector.get("proof"));
            assertEquals(hex(expected), hex(tree.inclusionProof(index, size)), "path of " + index + " in " + size);
            byte[] root = root(size);
            assertTrue(ProofVerifier.verifyInclusion(index, size, tree.leafHash(index), expected, root));
            assertFalse(ProofVerifier.verifyInclusion(index, size * 2, tree.leafHash(index), expected, root));
            assertFalse(ProofVerifier.verifyInclusion(index, size, MerkleHash.leaf(new byte[] {1, 2}), expected, root));
            for (int i = 0; i < expected.size(); i++) {
                assertFalse(ProofVerifier.verifyInclusion(index, size, tree.leafHash(index), flipped(expected, i),
                        root), "bit flipped in proof element " + i);
            }
            if (!expected.isEmpty()) {
                assertFalse(ProofVerifier.verifyInclusion(index, size, tree.leafHash(index),
                        expected.subList(0, expected.size() - 1), root), "truncated path");
                assertFalse(ProofVerifier.verifyInclusion(index ^ 1, size, tree.leafHash(index), expected, root));
            }
        }
    }

    @Test
    void producesAndVerifiesTheConsistencyProofsOfTheVectors() {
        for (Map<String, Object> vector : maps("consistency")) {
            long first = (Long) vector.get("size1");
            long second = (Long) vector.get("size2");
            List<byte[]> expected = hashes(vector.get("proof"));
            assertEquals(hex(expected), hex(tree.consistencyProof(first, second)), first + " to " + second);
            assertTrue(ProofVerifier.verifyConsistency(first, second, root(first), root(second), expected));
            if (!expected.isEmpty()) {
                assertFalse(ProofVerifier.verifyConsistency(first, second, root(second), root(first), expected),
                        "swapped roots");
                assertFalse(ProofVerifier.verifyConsistency(first + 1, second, root(first), root(second), expected));
                for (int i = 0; i < expected.size(); i++) {
                    assertFalse(ProofVerifier.verifyConsistency(first, second, root(first), root(second),
                            flipped(expected, i)), "bit flipped in proof element " + i);
                }
            }
        }
    }

    @Test
    void verifiesTheTrivialConsistencyCasesAsTheReferenceDoes() {
        byte[] empty = MerkleHash.empty();
        assertTrue(ProofVerifier.verifyConsistency(0, 0, empty, empty, List.of()));
        assertTrue(ProofVerifier.verifyConsistency(0, 1, empty, root(1), List.of()));
        assertFalse(ProofVerifier.verifyConsistency(1, 1, empty, root(1), List.of()));
        assertFalse(ProofVerifier.verifyConsistency(2, 1, root(2), root(1), List.of()));
        assertFalse(ProofVerifier.verifyConsistency(1, 2, root(1), root(2), List.of()));
        assertFalse(ProofVerifier.verifyConsistency(0, 0, empty, empty, List.of(empty)));
        assertArrayEquals(empty, tree.rootHash(0));
    }

    private static byte[] root(long size) {
        return HEX.parseHex((String) list("roots").get((int) size - 1));
    }

    private static List<byte[]> flipped(List<byte[]> proof, int element) {
        List<byte[]> copy = new ArrayList<>(proof);
        byte[] changed = copy.get(element).clone();
        changed[0] ^= 16;
        copy.set(element, changed);
        return copy;
    }

    private static List<byte[]> hashes(Object list) {
        return ((List<?>) list).stream().map(hash -> HEX.parseHex((String) hash)).toList();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static List<Object> list(String field) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) vectors.get(field);
        return list;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(String field) {
        return list(field).stream().map(item -> (Map<String, Object>) item).toList();
    }
}
