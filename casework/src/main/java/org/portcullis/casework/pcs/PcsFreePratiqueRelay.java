package org.portcullis.casework.pcs;

import java.time.Clock;
import java.util.List;
import org.portcullis.casework.outbox.OutboxRelay;
import org.portcullis.messaging.pcs.JmsPcsNoticePublisher;
import org.portcullis.messaging.pcs.PcsFreePratiqueMessage;
import org.springframework.stereotype.Component;

/** Publishes the free pratique outbox to {@code portcullis.pcs.notices} (see {@link OutboxRelay}). */
@Component
public class PcsFreePratiqueRelay extends OutboxRelay {

    private final PcsFreePratiqueRepository notices;
    private final JmsPcsNoticePublisher publisher;
    private final Clock clock;

    public PcsFreePratiqueRelay(PcsFreePratiqueRepository notices, JmsPcsNoticePublisher publisher, Clock clock) {
        super("pcs-free-pratique-relay");
        this.notices = notices;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    protected int relayBatch() {
        List<PcsFreePratiqueRepository.Stored> batch = notices.unpublished(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publishFreePratique(batch.stream().map(notice -> new PcsFreePratiqueMessage(notice.noticeId(),
                notice.freePratique(), notice.mrn(), notice.body())).toList());
        notices.markPublished(batch.stream().map(PcsFreePratiqueRepository.Stored::noticeId).toList(), clock.instant());
        return batch.size();
    }
}
