package org.portcullis.rules.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

/** Rule code that must never run calls this: the tests assert it was never called. */
public final class Tripwire {

    private static final AtomicInteger TRIPS = new AtomicInteger();

    private Tripwire() {
    }

    public static String trip() {
        TRIPS.incrementAndGet();
        return "tripped";
    }

    public static int trips() {
        return TRIPS.get();
    }
}
