package org.portcullis.casework.risk;

import java.time.Instant;

/**
 * A model as authors see it: who trained it when, on what, and what its backtest found against the rules at the
 * same inspection capacity (hit rate = findings per inspection, recall = share of all findings, AUC).
 */
public record StoredModel(String version, ModelStatus status, Instant trainedAt, String trainedBy,
        HistorySource source, Instant windowFrom, Instant windowTo, int inspected, int findings, int capacity,
        double modelHitRate, double rulesHitRate, double modelRecall, double rulesRecall, double modelAuc,
        double rulesAuc, String backtest) {
}
