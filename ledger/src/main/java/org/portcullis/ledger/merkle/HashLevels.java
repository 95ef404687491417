package org.portcullis.ledger.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hashes of every complete subtree of the log, level by level (level 0 the leaf hashes, level k the roots of
 * the aligned subtrees of 2^k leaves), each level one flat array: about 64 bytes per leaf in all. Appending a leaf
 * adds at most one hash per level; a proof then needs O(log n) hashes, none computed again.
 */
final class HashLevels {

    private final List<byte[]> levels = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();

    long size() {
        return counts.isEmpty() ? 0 : counts.get(0);
    }

    void append(byte[] leafHash) {
        if (leafHash.length != MerkleHash.LENGTH) {
            throw new IllegalArgumentException("a leaf hash has 32 bytes, not " + leafHash.length);
        }
        byte[] hash = leafHash;
        for (int level = 0; ; level++) {
            long count = add(level, hash);
            if (count % 2 != 0) {
                return;
            }
            hash = MerkleHash.node(get(level, count - 2), get(level, count - 1));
        }
    }

    /** The root of the aligned subtree of 2^level leaves starting at leaf index * 2^level. */
    byte[] get(int level, long index) {
        if (level >= counts.size() || index >= counts.get(level)) {
            throw new IndexOutOfBoundsException("no complete subtree " + index + " at level " + level);
        }
        int offset = Math.toIntExact(index * MerkleHash.LENGTH);
        return Arrays.copyOfRange(levels.get(level), offset, offset + MerkleHash.LENGTH);
    }

    private long add(int level, byte[] hash) {
        if (level == levels.size()) {
            levels.add(new byte[MerkleHash.LENGTH * 16]);
            counts.add(0L);
        }
        long count = counts.get(level);
        byte[] array = levels.get(level);
        int offset = Math.toIntExact(count * MerkleHash.LENGTH);
        if (offset + MerkleHash.LENGTH > array.length) {
            array = Arrays.copyOf(array, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8L, array.length * 2L)));
            levels.set(level, array);
        }
        System.arraycopy(hash, 0, array, offset, MerkleHash.LENGTH);
        counts.set(level, count + 1);
        return count + 1;
    }
}
