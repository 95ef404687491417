package org.portcullis.risk.train;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.portcullis.risk.feature.FeatureExtractor;
import org.portcullis.risk.feature.InMemoryTradeHistory;
import org.portcullis.risk.feature.KnownCloseness;
import org.portcullis.risk.history.History;

/**
 * The features of history's consignments filed in a window, each as of its own filing: the trade history covers
 * all of the history (earlier months warm the records up) but answers every question as of the filing's moment.
 */
public final class FeatureTable {

    public static final String CURRENCY = "EUR";

    private FeatureTable() {
    }

    public static List<LabelledConsignment> of(History history, Instant from, Instant to) {
        FeatureExtractor extractor = new FeatureExtractor(InMemoryTradeHistory.of(history, CURRENCY),
                new KnownCloseness(history.watchlistCloseness()), CURRENCY, Clock.systemUTC());
        return history.filedBetween(from, to).stream()
                .map(h -> new LabelledConsignment(extractor.extract(h.call().filing(), h.record().consignment(),
                        h.record().declaredValues(), h.call().filedAt(), h.record().ruleLane()),
                        h.record()))
                .toList();
    }
}
