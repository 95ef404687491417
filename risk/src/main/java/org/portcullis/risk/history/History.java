package org.portcullis.risk.history;

import java.time.Instant;
import java.util.ArrayList;
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

    /** The history as it stood at {@code at}: calls filed by then, arrivals and tasks after it not yet known. */
    public History asKnownAt(Instant at) {
        List<CallRecord> known = new ArrayList<>();
        for (CallRecord c : calls) {
            if (!c.filedAt().isAfter(at)) {
                Instant arrived = c.arrivedAt() != null && c.arrivedAt().isBefore(at) ? c.arrivedAt() : null;
                known.add(new CallRecord(c.mrn(), c.filing(), arrived, c.consignments()));
            }
        }
        return new History(known, tasks.stream().filter(t -> t.doneAt().isBefore(at)).toList(), watchlistCloseness);
    }
}
