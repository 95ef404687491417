package org.portcullis.app.notice;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.portcullis.messaging.filing.FilingReaders;
import org.portcullis.messaging.filing.Syntax;
import org.portcullis.messaging.notice.CusresNotice;
import org.portcullis.messaging.notice.JmsNoticePublisher;
import org.portcullis.messaging.notice.NoticeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Publishes the outbox to the broker: woken after every commit that issued a notice, and every second in any case
 * (for notices another node wrote, or that a broker outage held back). A notice published twice (crash between
 * publishing and marking it) is dropped by the broker's duplicate detection, as its notice id is the
 * duplicate-detection id.
 */
@Component
public class NoticeRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeRelay.class);
    private static final int BATCH = 200;
    private static final long IDLE_POLL_MILLIS = 1000;

    private final NoticeRepository notices;
    private final JmsNoticePublisher publisher;
    private final CusresNotice cusres;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public NoticeRelay(NoticeRepository notices, JmsNoticePublisher publisher, CusresNotice cusres, Clock clock) {
        this.notices = notices;
        this.publisher = publisher;
        this.cusres = cusres;
        this.clock = clock;
    }

    void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::relayUntilStopped, "notice-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the broker connection and the listeners, stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void relayUntilStopped() {
        while (running) {
            try {
                if (relayBatch() < BATCH) {
                    wakeUps.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Publishing notices failed, retrying in a second: {}", e.toString());
                pause();
            }
        }
    }

    /** Publishes the oldest unpublished notices; returns how many. */
    int relayBatch() {
        List<StoredNotice> batch = notices.unpublished(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publishAll(batch.stream().map(this::toMessage).toList());
        notices.markPublished(batch.stream().map(StoredNotice::noticeId).toList(), clock.instant());
        return batch.size();
    }

    /** The notice as it leaves: JSON, or CUSRES for a carrier that filed in EDIFACT and asked for EDIFACT. */
    private NoticeMessage toMessage(StoredNotice notice) {
        boolean edifact = notice.syntax() == Syntax.EDIFACT;
        return new NoticeMessage(notice.noticeId(), notice.carrierId(), notice.type(), notice.lrn(), notice.mrn(),
                notice.correlationId(), edifact ? cusres.render(notice.body()) : notice.body(),
                edifact ? FilingReaders.EDIFACT : FilingReaders.JSON);
    }

    private void pause() {
        try {
            Thread.sleep(IDLE_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
