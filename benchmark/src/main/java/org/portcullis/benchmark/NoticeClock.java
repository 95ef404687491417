package org.portcullis.benchmark;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Times the notices of a run: from the moment a filing was due to be sent (so a stalled sender does not hide
 * waiting time) to the arrival of its ACCEPTED and its ASSESSMENT_COMPLETE notice. A filing leaves the window of
 * filings in flight with its ASSESSMENT_COMPLETE or REJECTED only. Thread-safe.
 */
final class NoticeClock implements MessageListener {

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Recorder toAccepted = new Recorder(3);
    private final Recorder toComplete = new Recorder(3);
    private final ConcurrentLinkedQueue<Long> completions = new ConcurrentLinkedQueue<>();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong other = new AtomicLong();
    private final Semaphore window;

    NoticeClock(Semaphore window) {
        this.window = window;
    }

    void sending(String messageId, long dueNanos) {
        sentAt.put(messageId, dueNanos);
    }

    @Override
    public void onMessage(Message message) {
        long now = System.nanoTime();
        try {
            String type = message.getStringProperty("noticeType");
            Long due = sentAt.get(message.getStringProperty("correlationId"));
            if (due == null) {
                other.incrementAndGet();
                return;
            }
            switch (type) {
                case "ACCEPTED" -> toAccepted.recordValue(Math.max(0, now - due) / 1_000);
                case "ASSESSMENT_COMPLETE" -> {
                    toComplete.recordValue(Math.max(0, now - due) / 1_000);
                    completions.add(now);
                    window.release();
                }
                case "REJECTED" -> {
                    rejected.incrementAndGet();
                    window.release();
                }
                // the other agencies' FORMALITY_RESPONSE, PORT_CALL_CLEARED and the like answer the same message:
                // they are counted but free no place in the window, or the filings in flight would grow without end
                default -> other.incrementAndGet();
            }
        } catch (JMSException e) {
            other.incrementAndGet();
        }
    }

    /** Completions that arrived between the two instants (System.nanoTime). */
    long completedBetween(long fromNanos, long toNanos) {
        return completions.stream().filter(t -> t >= fromNanos && t < toNanos).count();
    }

    long completed() {
        return completions.size();
    }

    long rejected() {
        return rejected.get();
    }

    long unexpected() {
        return other.get();
    }

    /** Latencies recorded since the last reset, in microseconds. */
    Histogram acceptedLatencies() {
        return toAccepted.getIntervalHistogram();
    }

    Histogram completeLatencies() {
        return toComplete.getIntervalHistogram();
    }

    void resetLatencies() {
        toAccepted.reset();
        toComplete.reset();
    }
}
