package org.portcullis.risk.feature;

import java.time.Instant;
import java.util.Arrays;

/** Moments of one kind (filings, inspections, findings) of one subject, counted before a moment. */
final class Timeline {

    private long[] times = new long[4];
    private int size;
    private boolean sorted = true;

    void add(Instant at) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
        }
        long t = at.toEpochMilli();
        sorted &= size == 0 || times[size - 1] <= t;
        times[size++] = t;
    }

    /** How many moments lie strictly before {@code before}. */
    int countBefore(Instant before) {
        if (!sorted) {
            Arrays.sort(times, 0, size);
            sorted = true;
        }
        int index = Arrays.binarySearch(times, 0, size, before.toEpochMilli());
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && times[index - 1] == times[index]) {
            index--;
        }
        return index;
    }
}
