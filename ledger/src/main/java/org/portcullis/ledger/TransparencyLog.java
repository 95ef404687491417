package org.portcullis.ledger;

import org.portcullis.ledger.merkle.MerkleTree;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.portcullis.ledger.sth.TreeHead;

/**
 * The log's one entry point: leaf hashes appended in order, tree heads signed with the log's key, inclusion and
 * consistency proofs for any size the log has had. Where the leaves are stored is the caller's business; this
 * holds the tree in memory (about 64 bytes per leaf) and is safe to share between threads.
 */
public final class TransparencyLog {

    private final MerkleTree tree = new MerkleTree();
    private final LogKey key;

    public TransparencyLog(LogKey key) {
        this.key = key;
    }

    public synchronized long size() {
        return tree.size();
    }

    /** Appends a leaf hash (the leaf's index must be {@link #size()}); returns that index. */
    public synchronized long append(byte[] leafHash) {
        return tree.append(leafHash);
    }

    public synchronized byte[] leafHash(long index) {
        return tree.leafHash(index);
    }

    public synchronized byte[] rootHash(long size) {
        return tree.rootHash(size);
    }

    /** Signs the head of the tree of {@code size} leaves at the given time (milliseconds since the epoch). */
    public SignedTreeHead signHead(long size, long timestamp) {
        return key.sign(new TreeHead(size, timestamp, rootHash(size)));
    }

    public synchronized InclusionProof inclusion(long leafIndex, long treeSize) {
        return new InclusionProof(key.logId(), treeSize, leafIndex, tree.inclusionProof(leafIndex, treeSize));
    }

    public synchronized ConsistencyProof consistency(long first, long second) {
        return new ConsistencyProof(key.logId(), first, second, tree.consistencyProof(first, second));
    }

    public LogKey key() {
        return key;
    }
}
