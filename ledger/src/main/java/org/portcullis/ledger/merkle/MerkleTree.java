package org.portcullis.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree over leaf hashes, with the tree hash, audit paths and consistency proofs of RFC 6962
 * section 2.1 (MTH, PATH, PROOF), for the whole tree or any earlier size of it. Not thread-safe: the caller guards it.
 */
public final class MerkleTree {

    private final HashLevels levels = new HashLevels();

    public long size() {
        return levels.size();
    }

    /** Appends the hash of one leaf (see {@link MerkleHash#leaf}); returns its index. */
    public long append(byte[] leafHash) {
        levels.append(leafHash);
        return levels.size() - 1;
    }

    public byte[] leafHash(long index) {
        return levels.get(0, index);
    }

    /** MTH(D[0:size]): the root hash of the tree when it had {@code size} leaves. */
    public byte[] rootHash(long size) {
        checkSize(size);
        return size == 0 ? MerkleHash.empty() : hash(0, size);
    }

    /** PATH(index, D[0:size]): the audit path of a leaf in the tree of that size, from the leaf up. */
    public List<byte[]> inclusionProof(long index, long size) {
        checkSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return path;
    }

    /** PROOF(first, D[0:second]): that the tree of {@code first} leaves is a prefix of the tree of {@code second}. */
    public List<byte[]> consistencyProof(long first, long second) {
        checkSize(second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second + " leaves");
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    private void path(long index, long start, long count, List<byte[]> path) {
        if (count == 1) {
            return;
        }
        long split = largestPowerOfTwoBelow(count);
        if (index < split) {
            path(index, start, split, path);
            path.add(hash(start + split, count - split));
        } else {
            path(index - split, start + split, count - split, path);
            path.add(hash(start, split));
        }
    }

    private void subproof(long first, long start, long count, boolean whole, List<byte[]> proof) {
        if (first == count) {
            if (!whole) {
                proof.add(hash(start, count));
            }
            return;
        }
        long split = largestPowerOfTwoBelow(count);
        if (first <= split) {
            subproof(first, start, split, whole, proof);
            proof.add(hash(start + split, count - split));
        } else {
            subproof(first - split, start + split, count - split, false, proof);
            proof.add(hash(start, split));
        }
    }

    /** MTH(D[start:start+count]) for count >= 1, from the complete subtrees where it is one. */
    private byte[] hash(long start, long count) {
        if (Long.bitCount(count) == 1 && start % count == 0) {
            return levels.get(Long.numberOfTrailingZeros(count), start / count);
        }
        long split = largestPowerOfTwoBelow(count);
        return MerkleHash.node(hash(start, split), hash(start + split, count - split));
    }

    /** The largest power of two smaller than n (n >= 2), as RFC 6962 splits a tree. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private void checkSize(long size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("the log has " + size() + " leaves, not " + size);
        }
    }
}
