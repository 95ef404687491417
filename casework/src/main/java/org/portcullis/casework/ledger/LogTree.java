package org.portcullis.casework.ledger;

import java.time.Clock;
import java.util.List;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * This node's copy of the tree, built from the committed leaves and brought up to date before every use (other
 * nodes append too), and the signing of tree heads: on the {@link TreeHeadSchedule} after sequencing, and at once
 * when a receipt or proof needs a head that includes a leaf the latest head does not.
 */
@Component
class LogTree {

    private static final Logger log = LoggerFactory.getLogger(LogTree.class);
    private static final int READ_BATCH = 10_000;

    private final TransparencyLog tree;
    private final LedgerRepository repository;
    private final Clock clock;
    private final TreeHeadSchedule schedule;
    /** The latest signed head this node has seen (another node may have signed a later one since). */
    private SignedTreeHead known;

    LogTree(TransparencyLog tree, LedgerRepository repository, Clock clock, TreeHeadSchedule schedule) {
        this.tree = tree;
        this.repository = repository;
        this.clock = clock;
        this.schedule = schedule;
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

    /** The latest signed tree head of the log, any node's; the first is signed when there is none. */
    synchronized SignedTreeHead latest() {
        SignedTreeHead stored = repository.latestTreeHead().orElse(null);
        if (stored == null) {
            return sign(current().size(), null);
        }
        known = stored;
        return stored;
    }

    /** A signed tree head of at least {@code size} leaves: the latest when it has them, else one signed now. */
    synchronized SignedTreeHead covering(long size) {
        if (known != null && known.treeHead().treeSize() >= size) {
            return known;
        }
        SignedTreeHead latest = latest();
        if (latest.treeHead().treeSize() >= size) {
            return latest;
        }
        return sign(current().size(), latest);
    }

    /** A signed tree head of the log as it is now: the latest, or one signed now if the log has grown since. */
    synchronized SignedTreeHead signedHead() {
        return covering(current().size());
    }

    /** Signs a head of the current size when the schedule says one is due (after sequencing, and every second). */
    synchronized void signIfDue() {
        long size = current().size();
        if (known == null || schedule.due(size - known.treeHead().treeSize(),
                clock.millis() - known.treeHead().timestamp())) {
            SignedTreeHead latest = latest();
            if (schedule.due(size - latest.treeHead().treeSize(), clock.millis() - latest.treeHead().timestamp())) {
                sign(size, latest);
            }
        }
    }

    private SignedTreeHead sign(long size, SignedTreeHead latest) {
        long timestamp = Math.max(clock.millis(), latest == null ? 0 : latest.treeHead().timestamp());
        SignedTreeHead signed = tree.signHead(size, timestamp);
        try {
            repository.addTreeHead(signed);
            known = signed;
            return signed;
        } catch (DuplicateKeyException e) {
            log.debug("another node signed the tree head of size {} first", size);
            known = repository.treeHead(size).orElseThrow();
            return known;
        }
    }
}
