package org.portcullis.casework.risk;

import java.time.Instant;
import java.util.List;

/** A consignment's score as the case file shows it: the model, whether it served live or in shadow, and why. */
public record CaseRiskScore(String transportDocumentNumber, String modelVersion, RiskMode mode, double score,
        List<Reason> reasons, Instant scoredAt) {

    /** One feature's share (log-odds) and what it means in words. */
    public record Reason(String feature, double contribution, String text) {
    }

    /** The score as a whole percentage. */
    public long percent() {
        return Math.round(score * 100);
    }
}
