package org.portcullis.risk.patterns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.feature.FeatureExtractor;
import org.portcullis.risk.feature.InMemoryTradeHistory;
import org.portcullis.risk.feature.KnownCloseness;
import org.portcullis.risk.feature.RouteHistory;
import org.portcullis.risk.history.CallTrace;
import org.portcullis.risk.history.HistoricalConsignment;
import org.portcullis.risk.history.History;
import org.portcullis.risk.train.FeatureTable;

/**
 * Trade patterns worth an officer's look, found with the same features the model reads: goods declared far from the
 * usual value per kg of their HS subheading and origin, and known consignees whose goods come from a place they
 * never loaded at before for this port. Each consignment is judged as of its own filing.
 */
public final class TradePatterns {

    /** A robust z-score this far from the norm (about three standard deviations) makes a value outlier. */
    public static final double OUTLIER_Z = 3.0;
    /** A consignee needs this many earlier consignments before a new place of loading counts as a new route. */
    public static final int KNOWN_AFTER = 3;

    private final Clock clock;

    public TradePatterns(Clock clock) {
        this.clock = clock;
    }

    /** The patterns among consignments filed in [from, to), newest first, at most {@code limit} of each kind. */
    public TradePatternReport find(History history, Instant from, Instant to, int limit) {
        FeatureExtractor extractor = new FeatureExtractor(InMemoryTradeHistory.of(history, FeatureTable.CURRENCY),
                new KnownCloseness(history.watchlistCloseness()), FeatureTable.CURRENCY, clock);
        List<ValueOutlier> outliers = new ArrayList<>();
        List<NewRoute> routes = new ArrayList<>();
        int valued = 0;
        List<HistoricalConsignment> filed = history.filedBetween(from, to);
        for (HistoricalConsignment h : filed) {
            ConsignmentFeatures f = extractor.extract(h.call().filing(), h.record().consignment(),
                    h.record().declaredValues(), h.call().filedAt());
            if (f.valueCheck() != null) {
                valued++;
                if (Math.abs(f.valueCheck().robustZ()) >= OUTLIER_Z) {
                    outliers.add(ValueOutlier.of(h, f));
                }
            }
            if (f.consigneeNewRoute() && f.consignee().consignments() >= KNOWN_AFTER) {
                routes.add(NewRoute.of(h, f));
            }
        }
        return new TradePatternReport(from, to, filed.size(), valued,
                newestFirst(outliers, Comparator.comparing(ValueOutlier::filedAt), limit),
                newestFirst(routes, Comparator.comparing(NewRoute::filedAt), limit));
    }

    /**
     * The new routes among consignments filed in [from, to) from call traces, which carry no declared values (as
     * stored filings of the published formats): the report {@link #find} gives for the same calls without values.
     */
    public TradePatternReport findRoutes(List<CallTrace> calls, Instant from, Instant to, int limit) {
        List<CallTrace> ordered = calls.stream()
                .sorted(Comparator.comparing(CallTrace::filedAt).thenComparing(CallTrace::mrn)).toList();
        RouteHistory history = RouteHistory.of(ordered);
        List<NewRoute> routes = new ArrayList<>();
        int consignments = 0;
        for (CallTrace call : ordered) {
            if (call.filedAt().isBefore(from) || !call.filedAt().isBefore(to)) {
                continue;
            }
            for (CallTrace.ConsignmentTrace c : call.consignments()) {
                consignments++;
                boolean newRoute = c.consigneeKey() == null || c.placeOfLoading() == null
                        || !history.routeUsed(c.consigneeKey(), c.placeOfLoading(), call.port(), call.filedAt());
                int earlier = history.consignments(c.consigneeKey(), call.filedAt());
                if (newRoute && earlier >= KNOWN_AFTER) {
                    routes.add(new NewRoute(call.mrn(), c.reference(), call.filedAt(), c.consigneeName(),
                            c.placeOfLoading(), call.port(), earlier));
                }
            }
        }
        return new TradePatternReport(from, to, consignments, 0, List.of(),
                newestFirst(routes, Comparator.comparing(NewRoute::filedAt), limit));
    }

    private static <T> List<T> newestFirst(List<T> items, Comparator<T> byTime, int limit) {
        return items.stream().sorted(byTime.reversed()).limit(limit).toList();
    }
}
