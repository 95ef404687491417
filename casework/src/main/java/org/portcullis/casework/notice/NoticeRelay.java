package org.portcullis.casework.notice;

import java.time.Clock;
import java.util.List;
import org.portcullis.casework.outbox.OutboxRelay;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.intake.Syntax;
import org.portcullis.messaging.notice.CusresNotice;
import org.portcullis.messaging.notice.JmsNoticePublisher;
import org.portcullis.messaging.notice.NoticeMessage;
import org.springframework.stereotype.Component;

/** Publishes the carriers' notice outbox to their queues (see {@link OutboxRelay}). */
@Component
public class NoticeRelay extends OutboxRelay {

    private final NoticeRepository notices;
    private final JmsNoticePublisher publisher;
    private final CusresNotice cusres;
    private final Clock clock;
    private final NoticeReceipts receipts;

    public NoticeRelay(NoticeRepository notices, JmsNoticePublisher publisher, CusresNotice cusres, Clock clock,
            NoticeReceipts receipts) {
        super("notice-relay");
        this.notices = notices;
        this.publisher = publisher;
        this.cusres = cusres;
        this.clock = clock;
        this.receipts = receipts;
    }

    @Override
    protected int relayBatch() {
        List<StoredNotice> batch = notices.unpublished(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publishAll(batch.stream().map(this::toMessage).toList());
        notices.markPublished(batch.stream().map(StoredNotice::noticeId).toList(), clock.instant());
        return batch.size();
    }

    /**
     * The notice as it leaves: JSON (with its receipt, for an acceptance), or CUSRES for a carrier that filed in
     * EDIFACT and asked for EDIFACT.
     */
    private NoticeMessage toMessage(StoredNotice notice) {
        boolean edifact = notice.syntax() == Syntax.EDIFACT;
        return new NoticeMessage(notice.noticeId(), notice.carrierId(), notice.type(), notice.lrn(), notice.mrn(),
                notice.correlationId(), edifact ? cusres.render(notice.body()) : receipts.deliver(notice),
                edifact ? FilingReaders.EDIFACT : FilingReaders.JSON);
    }
}
