package org.portcullis.benchmark;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The filings of one crash check: {@code count} messages with ids {@code <prefix>-0 ...}, every tenth one invalid (a
 * wrong IMO check digit) so that the REJECTED path is crossed by the crash too. Sent on its own thread.
 */
final class Traffic {

    static final int CONSIGNMENTS = 5;

    private final FilingSender carrier;
    private final String prefix;
    private final int count;
    private final IntFunction<String> bodies;
    private final AtomicInteger sent = new AtomicInteger();
    private Thread thread;
    private volatile Exception failure;

    Traffic(FilingSender carrier, String prefix, int count) {
        this.carrier = carrier;
        this.prefix = prefix;
        this.count = count;
        this.bodies = i -> Filings.json(lrn(i), CONSIGNMENTS);
    }

    /** Traffic whose valid filings' bodies come from {@code bodies} (given the index; invalid ones still get a wrong IMO check digit). */
    Traffic(FilingSender carrier, String prefix, int count, IntFunction<String> bodies) {
        this.carrier = carrier;
        this.prefix = prefix;
        this.count = count;
        this.bodies = bodies;
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

    String prefix() {
        return prefix;
    }

    int sent() {
        return sent.get();
    }

    void start() {
        thread = new Thread(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    String body = bodies.apply(i);
                    if (invalid(i)) {
                        body = wrongCheckDigit(body);
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

    /** The filing with the vessel's IMO check digit made wrong, so that it is REJECTED. */
    private static String wrongCheckDigit(String body) {
        String key = "\"imoNumber\":\"";
        int digit = body.indexOf(key) + key.length() + 6;
        char wrong = (char) ('0' + (body.charAt(digit) - '0' + 1) % 10);
        return body.substring(0, digit) + wrong + body.substring(digit + 1);
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
