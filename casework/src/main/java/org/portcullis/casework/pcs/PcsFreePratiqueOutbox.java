package org.portcullis.casework.pcs;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.messaging.pcs.FreePratiqueNotice;
import org.portcullis.messaging.pcs.PcsNoticeJson;
import org.portcullis.messaging.pcs.TerminalNotice;
import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.pcs.FreePratiqueNotices;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * Tells the port community system port health's free pratique by writing one notice to its outbox in the caller's
 * transaction; the {@link PcsFreePratiqueRelay} publishes it on {@code portcullis.pcs.notices} once committed.
 * The notice is a leaf of the log, recorded in the same transaction.
 */
@Component
public class PcsFreePratiqueOutbox implements FreePratiqueNotices {

    private final PcsFreePratiqueRepository notices;
    private final CaseFileRepository cases;
    private final PcsNoticeJson json;
    private final PcsFreePratiqueRelay relay;
    private final Ledger ledger;
    private final Clock clock;

    public PcsFreePratiqueOutbox(PcsFreePratiqueRepository notices, CaseFileRepository cases, PcsNoticeJson json,
            PcsFreePratiqueRelay relay, Ledger ledger, Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.json = json;
        this.relay = relay;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void announce(Mrn mrn, FreePratique freePratique) {
        CaseSummary summary = cases.summary(mrn).orElseThrow(() -> new IllegalStateException("no case " + mrn));
        Instant now = clock.instant();
        FreePratiqueNotice notice = new FreePratiqueNotice(UUID.randomUUID().toString(), mrn.value(),
                new TerminalNotice.Vessel(summary.vesselImo(), summary.vesselName()), summary.portOfCall(),
                cases.currentFiling(mrn).portCall().voyageNumber(), freePratique, now);
        String body = json.write(notice);
        notices.insert(notice.noticeId(), mrn.value(), freePratique.name(), body, now);
        ledger.record(LedgerEntries.freePratiqueNotice(notice.noticeId(), mrn.value(), freePratique.name(), body, now),
                LedgerEntries.pcsNoticeRef(notice.noticeId()));
        relay.wakeUpAfterCommit();
    }
}
