package org.portcullis.casework.ledger;

import org.portcullis.ledger.LogEntry;
import org.springframework.stereotype.Component;

/**
 * Where the application records what happened in the tamper-evident log: an entry is written in the caller's
 * transaction, so it exists if and only if what it records was stored; the {@link LedgerSequencer} gives it its leaf
 * index once that transaction has committed.
 */
@Component
public class Ledger {

    private final LedgerRepository repository;
    private final LedgerSequencer sequencer;

    Ledger(LedgerRepository repository, LedgerSequencer sequencer) {
        this.repository = repository;
        this.sequencer = sequencer;
    }

    /** Records the entry; {@code ref} (may be null) finds its leaf again, for a receipt. */
    public void record(LogEntry entry, String ref) {
        repository.addPending(entry.kind().name(), ref, entry.text(), entry.at());
        sequencer.wakeUpAfterCommit();
    }
}
