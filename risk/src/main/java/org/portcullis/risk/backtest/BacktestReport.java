package org.portcullis.risk.backtest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A model replayed on a window of history it was not trained on: how many consignments, how many were inspected
 * (the capacity every strategy gets), what there was to find, and each strategy's result.
 */
public record BacktestReport(String modelVersion, Instant from, Instant to, int consignments, int capacity,
        double findable, List<StrategyResult> results) {

    public BacktestReport {
        results = List.copyOf(results);
    }

    public StrategyResult result(Strategy strategy) {
        return results.stream().filter(r -> r.strategy() == strategy).findFirst().orElseThrow();
    }

    /** The figures as a small table, for logs and the command line. */
    public String table() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "model %s, filings %s to %s: %d consignments, capacity %d inspections, %.0f to find%n", modelVersion,
                from, to, consignments, capacity, findable));
        text.append(String.format(Locale.ROOT, "%-16s %8s %9s %7s %6s %10s %10s %9s%n", "strategy", "caught",
                "hit rate", "recall", "AUC", "est.caught", "est.hit", "est.AUC"));
        for (StrategyResult r : results) {
            text.append(String.format(Locale.ROOT, "%-16s %8.0f %8.1f%% %6.1f%% %6.3f %10.0f %9.1f%% %9.3f%n",
                    r.strategy(), r.caught(), r.hitRate() * 100, r.recall() * 100, r.auc(), r.estimatedCaught(),
                    r.estimatedHitRate() * 100, r.estimatedAuc()));
        }
        return text.toString();
    }
}
