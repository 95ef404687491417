package org.portcullis.benchmark;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The share of the Camunda bound by CPU of end-to-end windows that each lie between two bounds of the same run
 * (bound, end to end, bound, ..., bound): each window's share is the mean of its two neighbouring bounds' CPU per
 * instance over its CPU per filing, so that the machine's drifting speed is read close to each window.
 *
 * @param boundMs the bounds' CPU per instance in the order measured, one more than {@code filingMs}
 * @param filingMs the end-to-end windows' CPU per filing (the application's JVM and PostgreSQL)
 */
record InterleavedShare(List<Double> boundMs, List<Double> filingMs) {

    InterleavedShare {
        if (filingMs.isEmpty() || boundMs.size() != filingMs.size() + 1) {
            throw new IllegalArgumentException("need one bound more than end-to-end windows: " + boundMs.size()
                    + " bounds, " + filingMs.size() + " windows");
        }
        boundMs = List.copyOf(boundMs);
        filingMs = List.copyOf(filingMs);
    }

    /** The share of window {@code pair} (from 0) against the mean of the bound before and the bound after it. */
    double share(int pair) {
        return (boundMs.get(pair) + boundMs.get(pair + 1)) / 2 / filingMs.get(pair);
    }

    /** The bound after a window against the bound before it, minus one: how far the machine's speed moved. */
    double boundDrift(int pair) {
        return boundMs.get(pair + 1) / boundMs.get(pair) - 1;
    }

    List<Double> shares() {
        return IntStream.range(0, filingMs.size()).mapToObj(this::share).toList();
    }

    /** Mean, min and max of the windows' shares. */
    DoubleSummaryStatistics spread() {
        return shares().stream().mapToDouble(Double::doubleValue).summaryStatistics();
    }
}
