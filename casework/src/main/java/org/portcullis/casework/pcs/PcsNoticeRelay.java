package org.portcullis.casework.pcs;

import java.time.Clock;
import java.util.List;
import org.portcullis.casework.outbox.OutboxRelay;
import org.portcullis.messaging.pcs.JmsPcsNoticePublisher;
import org.portcullis.messaging.pcs.PcsNoticeMessage;
import org.springframework.stereotype.Component;

/** Publishes the terminal's notice outbox to {@code portcullis.pcs.notices} (see {@link OutboxRelay}). */
@Component
public class PcsNoticeRelay extends OutboxRelay {

    private final PcsNoticeRepository notices;
    private final JmsPcsNoticePublisher publisher;
    private final Clock clock;

    public PcsNoticeRelay(PcsNoticeRepository notices, JmsPcsNoticePublisher publisher, Clock clock) {
        super("pcs-notice-relay");
        this.notices = notices;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    protected int relayBatch() {
        List<StoredPcsNotice> batch = notices.unpublished(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publishAll(batch.stream().map(notice -> new PcsNoticeMessage(notice.noticeId(),
                notice.containerNumber(), notice.containerStatus(), notice.mrn(), notice.body())).toList());
        notices.markPublished(batch.stream().map(StoredPcsNotice::noticeId).toList(), clock.instant());
        return batch.size();
    }
}
