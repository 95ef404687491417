package org.portcullis.ledger.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks proofs with nothing but the hashes, as RFC 9162 section 2.1.3.2 (inclusion) and 2.1.4.2 (consistency)
 * write the algorithms out; a verifier needs no access to the log.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /** True when the audit path leads from the leaf hash at that index to the root of the tree of that size. */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
            byte[] rootHash) {
        if (leafIndex < 0 || leafIndex >= treeSize || !isHash(leafHash) || !isHash(rootHash) || !allHashes(path)) {
            return false;
        }
        Position position = new Position(leafIndex, treeSize - 1);
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (position.sn == 0) {
                return false;
            }
            if (position.hasLeftSibling()) {
                r = MerkleHash.node(p, r);
                position.skipLevelsWithoutSibling();
            } else {
                r = MerkleHash.node(r, p);
            }
            position.up();
        }
        return position.sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /** True when the tree of {@code first} leaves with root {@code firstHash} is a prefix of the second tree. */
    public static boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash,
            List<byte[]> proof) {
        if (first < 0 || first > second || !isHash(firstHash) || !isHash(secondHash) || !allHashes(proof)) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstHash, secondHash);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstHash);
        }
        Position position = new Position(first - 1, second - 1);
        while ((position.fn & 1) == 1) {
            position.up();
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (position.sn == 0) {
                return false;
            }
            if (position.hasLeftSibling()) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                position.skipLevelsWithoutSibling();
            } else {
                sr = MerkleHash.node(sr, c);
            }
            position.up();
        }
        return position.sn == 0 && MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash);
    }

    private static boolean isHash(byte[] hash) {
        return hash != null && hash.length == MerkleHash.LENGTH;
    }

    private static boolean allHashes(List<byte[]> hashes) {
        return hashes != null && hashes.stream().allMatch(ProofVerifier::isHash);
    }

    /** The RFC's fn (a node's index on its level) and sn (the last index on that level) as the walk climbs. */
    private static final class Position {

        private long fn;
        private long sn;

        Position(long fn, long sn) {
            this.fn = fn;
            this.sn = sn;
        }

        /** LSB(fn) set, or fn == sn: the next path element goes on the left. */
        boolean hasLeftSibling() {
            return (fn & 1) == 1 || fn == sn;
        }

        /** Right-shifts fn and sn until LSB(fn) is set or fn is 0: levels where the node is the last, unpaired. */
        void skipLevelsWithoutSibling() {
            while ((fn & 1) == 0 && fn != 0) {
                up();
            }
        }

        void up() {
            fn >>= 1;
            sn >>= 1;
        }
    }
}
