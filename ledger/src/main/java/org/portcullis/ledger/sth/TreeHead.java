package org.portcullis.ledger.sth;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.portcullis.ledger.merkle.MerkleHash;

/**
 * The state of the log at one moment: how many leaves, their root hash, and when (milliseconds since the epoch).
 * {@link #signedData()} is the TreeHeadDataV2 structure of RFC 9162 section 4.9, TLS-encoded, which the signature
 * covers: timestamp (uint64), tree_size (uint64), root_hash (one length byte, then 32 bytes), sth_extensions (a
 * two-byte length, zero: no extensions).
 */
public record TreeHead(long treeSize, long timestamp, byte[] rootHash) {

    public TreeHead {
        if (treeSize < 0 || timestamp < 0) {
            throw new IllegalArgumentException("tree size and timestamp are not negative");
        }
        if (rootHash == null || rootHash.length != MerkleHash.LENGTH) {
            throw new IllegalArgumentException("a root hash has 32 bytes");
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    public byte[] signedData() {
        return ByteBuffer.allocate(8 + 8 + 1 + MerkleHash.LENGTH + 2)
                .putLong(timestamp).putLong(treeSize).put((byte) MerkleHash.LENGTH).put(rootHash).putShort((short) 0)
                .array();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TreeHead head && head.treeSize == treeSize && head.timestamp == timestamp
                && Arrays.equals(head.rootHash, rootHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(treeSize) * 31 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "TreeHead[size=" + treeSize + ", timestamp=" + timestamp + "]";
    }
}
