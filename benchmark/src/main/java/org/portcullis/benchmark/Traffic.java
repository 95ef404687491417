package org.portcullis.benchmark;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The filings of one crash check: {@code count} messages with ids {@code <prefix>-0 ...}, every tenth one invalid (a
 * wrong IMO check digit) so that the REJECTED path is crossed by the crash too. Sent on its own thread.
 */
final class Traffic {

    static final int CONSIGNMENTS = 5;

    private final Carrier carrier;
    private final String prefix;
    private final int count;
    private final AtomicInteger sent = new AtomicInteger();
    private Thread thread;
    private volatile Exception failure;

    Traffic(Carrier carrier, String prefix, int count) {
        this.carrier = carrier;
        this.prefix = prefix;
        this.count = count;
    }

    static boolean invalid(int i) {
        return i % 10 == 9;
    }

    String messageId(int i) {
        return prefix + "-" + i;
    }

    String lrn(int i) {
        return "LRN-" + prefix + "-" + i;
    }

    int count() {
        return count;
    }

    int sent() {
        return sent.get();
    }

    void start() {
        thread = new Thread(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    String body = Filings.json(lrn(i), CONSIGNMENTS);
                    if (invalid(i)) {
                        body = body.replace("\"9839284\"", "\"9839285\"");
                    }
                    carrier.send(messageId(i), body);
                    sent.incrementAndGet();
                }
            } catch (Exception e) {
                failure = e;
            }
        }, "traffic-" + prefix);
        thread.start();
    }

    void awaitSent(int n) throws InterruptedException {
        while (sent.get() < n && thread.isAlive()) {
            Thread.sleep(20);
        }
    }

    void finish() throws Exception {
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }
}
