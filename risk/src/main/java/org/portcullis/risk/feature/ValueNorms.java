package org.portcullis.risk.feature;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value per kg goods lines of one HS subheading and origin declared over time, and its robust norm (median and
 * MAD of the log) over the latest {@link #WINDOW} lines filed before a day. Norms are kept per day.
 */
final class ValueNorms {

    static final int MIN_LINES = 8;
    static final int WINDOW = 500;

    private record Line(long at, double logValue) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Map<Long, Optional<ValueNorm>> byDay = new ConcurrentHashMap<>();
    private volatile long[] times;
    private volatile double[] logs;

    synchronized void add(Instant at, double valuePerKg) {
        lines.add(new Line(at.toEpochMilli(), Math.log(valuePerKg)));
        times = null;
        byDay.clear();
    }

    Optional<ValueNorm> before(Instant before) {
        Instant day = before.truncatedTo(ChronoUnit.DAYS);
        return byDay.computeIfAbsent(day.toEpochMilli(), d -> compute(d));
    }

    private Optional<ValueNorm> compute(long dayStart) {
        ensureSorted();
        int end = Arrays.binarySearch(times, dayStart);
        end = end < 0 ? -end - 1 : end;
        while (end > 0 && times[end - 1] >= dayStart) {
            end--;
        }
        int start = Math.max(0, end - WINDOW);
        if (end - start < MIN_LINES) {
            return Optional.empty();
        }
        double[] window = Arrays.copyOfRange(logs, start, end);
        double median = median(window);
        double[] deviations = Arrays.stream(window).map(v -> Math.abs(v - median)).toArray();
        return Optional.of(new ValueNorm(median, median(deviations), window.length));
    }

    private synchronized void ensureSorted() {
        if (times != null) {
            return;
        }
        lines.sort(Comparator.comparingLong(Line::at));
        logs = lines.stream().mapToDouble(Line::logValue).toArray();
        times = lines.stream().mapToLong(Line::at).toArray();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
