package org.portcullis.app.notice;

import java.time.Clock;
import java.util.List;
import org.portcullis.app.outbox.OutboxRelay;
import org.portcullis.messaging.notice.JmsNoticePublisher;
import org.portcullis.messaging.notice.NoticeMessage;
import org.springframework.stereotype.Component;

/** Publishes the carriers' notice outbox to their queues (see {@link OutboxRelay}). */
@Component
public class NoticeRelay extends OutboxRelay {

    private final NoticeRepository notices;
    private final JmsNoticePublisher publisher;
    private final Clock clock;

    public NoticeRelay(NoticeRepository notices, JmsNoticePublisher publisher, Clock clock) {
        super("notice-relay");
        this.notices = notices;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    protected int relayBatch() {
        List<StoredNotice> batch = notices.unpublished(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publishAll(batch.stream().map(NoticeRelay::toMessage).toList());
        notices.markPublished(batch.stream().map(StoredNotice::noticeId).toList(), clock.instant());
        return batch.size();
    }

    private static NoticeMessage toMessage(StoredNotice notice) {
        return new NoticeMessage(notice.noticeId(), notice.carrierId(), notice.type(), notice.lrn(), notice.mrn(),
                notice.correlationId(), notice.body());
    }
}
