package org.portcullis.risk.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Port calls (in the order they were filed) with their consignments' outcomes, agencies' tasks, and how close each
 * trader's name (by its trader key) came to a watchlist entry when screened (traders missing: not close at all).
 */
public record History(List<CallRecord> calls, List<AgencyTask> tasks, Map<String, Double> watchlistCloseness) {

    public History {
        calls = calls.stream().sorted(Comparator.comparing(CallRecord::filedAt).thenComparing(CallRecord::mrn))
                .toList();
        tasks = List.copyOf(tasks);
        watchlistCloseness = Map.copyOf(watchlistCloseness);
    }

    /** Every consignment with the call it came with, in the order they were filed. */
    public Stream<HistoricalConsignment> consignments() {
        return calls.stream().flatMap(c -> c.consignments().stream().map(r -> new HistoricalConsignment(c, r)));
    }

    /** The consignments filed in [from, to). */
    public List<HistoricalConsignment> filedBetween(Instant from, Instant to) {
        Predicate<CallRecord> inWindow = c -> !c.filedAt().isBefore(from) && c.filedAt().isBefore(to);
        return calls.stream().filter(inWindow)
                .flatMap(c -> c.consignments().stream().map(r -> new HistoricalConsignment(c, r))).toList();
    }

    public Instant firstFiled() {
        return calls.get(0).filedAt();
    }

    public Instant lastFiled() {
        return calls.get(calls.size() - 1).filedAt();
    }
}
