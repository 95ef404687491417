package org.portcullis.casework.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.casework.outbox.OutboxRelay;
import org.portcullis.ledger.merkle.MerkleHash;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the waiting entries their leaf indexes, oldest first, one commit group at a time: under the row lock of
 * {@code ledger_state}, in one transaction, each entry becomes the leaf after the last and leaves the waiting table.
 * A crash rolls the whole group back, so no index is skipped and no entry becomes two leaves. Then it signs a tree
 * head for the new size when the {@link TreeHeadSchedule} says one is due. Runs on its own thread after every commit
 * that recorded an entry, and every second (so a due head is signed even when nothing more is recorded).
 */
@Component
public class LedgerSequencer extends OutboxRelay {

    private final LedgerRepository repository;
    private final LogTree tree;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LedgerSequencer(LedgerRepository repository, LogTree tree, PlatformTransactionManager transactionManager,
            Clock clock) {
        super("ledger-sequencer");
        this.repository = repository;
        this.tree = tree;
        this.transactions = new TransactionTemplate(transactionManager);
        // its own transaction even when called inside another: leaves that could roll back must never reach the tree
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    protected int relayBatch() {
        return sequence();
    }

    /** Sequences one group of waiting entries and signs a tree head when one is due; returns how many entries. */
    public int sequence() {
        Integer moved = transactions.execute(status -> moveGroup());
        tree.signIfDue();
        return moved == null ? 0 : moved;
    }

    private int moveGroup() {
        long size = repository.lockTreeSize();
        List<LedgerRepository.Pending> group = repository.oldestPending(BATCH);
        List<LedgerRepository.Sequenced> leaves = new ArrayList<>(group.size());
        for (LedgerRepository.Pending entry : group) {
            leaves.add(new LedgerRepository.Sequenced(size++, entry,
                    MerkleHash.leaf(entry.leafData().getBytes(StandardCharsets.UTF_8))));
        }
        repository.addLeaves(leaves, clock.instant());
        if (!group.isEmpty()) {
            repository.setTreeSize(size);
        }
        return group.size();
    }
}
