package org.portcullis.risk.feature;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.portcullis.risk.history.CallTrace;

/**
 * The part of {@link InMemoryTradeHistory} that new routes read, from call traces: each trader's consignments (as
 * consignor or consignee) as a timeline, and when each consignee first had goods loaded at a place for a port. The
 * answers are those of {@link InMemoryTradeHistory} for the same calls.
 */
public final class RouteHistory {

    private final Map<String, Timeline> traders = new HashMap<>();
    private final Map<String, Instant> routes = new HashMap<>();

    public static RouteHistory of(Iterable<CallTrace> calls) {
        RouteHistory history = new RouteHistory();
        calls.forEach(history::record);
        return history;
    }

    private void record(CallTrace call) {
        for (CallTrace.ConsignmentTrace c : call.consignments()) {
            filed(c.consignorKey(), call.filedAt());
            filed(c.consigneeKey(), call.filedAt());
            if (c.consigneeKey() != null && c.placeOfLoading() != null) {
                routes.merge(routeKey(c.consigneeKey(), c.placeOfLoading(), call.port()), call.filedAt(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    private void filed(String traderKey, Instant at) {
        if (traderKey != null) {
            traders.computeIfAbsent(traderKey, k -> new Timeline()).add(at);
        }
    }

    /** How many consignments the trader had filed strictly before {@code before}. */
    public int consignments(String traderKey, Instant before) {
        Timeline timeline = traderKey == null ? null : traders.get(traderKey);
        return timeline == null ? 0 : timeline.countBefore(before);
    }

    /** Whether the consignee had goods loaded at that place for that port before {@code before}. */
    public boolean routeUsed(String consigneeKey, String placeOfLoading, String portOfCall, Instant before) {
        Instant first = routes.get(routeKey(consigneeKey, placeOfLoading, portOfCall));
        return first != null && first.isBefore(before);
    }

    private static String routeKey(String trader, String loading, String port) {
        return trader + "|" + loading + "|" + port;
    }
}
