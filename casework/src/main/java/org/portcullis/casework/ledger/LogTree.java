package org.portcullis.casework.ledger;

import java.util.List;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import java.time.Clock;

/**
 * This node's copy of the tree, built from the committed leaves and brought up to date before every use (other
 * nodes append too), and the signing of a tree head whenever the log has grown.
 */
@Component
class LogTree {

    private static final Logger log = LoggerFactory.getLogger(LogTree.class);
    private static final int READ_BATCH = 10_000;

    private final TransparencyLog tree;
    private final LedgerRepository repository;
    private final Clock clock;

    LogTree(TransparencyLog tree, LedgerRepository repository, Clock clock) {
        this.tree = tree;
        this.repository = repository;
        this.clock = clock;
    }

    /** The tree with every committed leaf. */
    synchronized TransparencyLog current() {
        List<byte[]> hashes;
        do {
            hashes = repository.leafHashesFrom(tree.size(), READ_BATCH);
            hashes.forEach(tree::append);
        } while (hashes.size() == READ_BATCH);
        return tree;
    }

    /** The latest signed tree head, after signing one for the current size if the log grew since the last. */
    synchronized SignedTreeHead signedHead() {
        long size = current().size();
        SignedTreeHead latest = repository.latestTreeHead().orElse(null);
        if (latest != null && latest.treeHead().treeSize() >= size) {
            return latest;
        }
        long timestamp = Math.max(clock.millis(), latest == null ? 0 : latest.treeHead().timestamp());
        SignedTreeHead signed = tree.signHead(size, timestamp);
        try {
            repository.addTreeHead(signed);
            return signed;
        } catch (DuplicateKeyException e) {
            log.debug("another node signed the tree head of size {} first", size);
            return repository.treeHead(size).orElseThrow();
        }
    }
}
