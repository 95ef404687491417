package org.portcullis.model.risk;

import java.util.Objects;

/**
 * One feature's share in a risk score: the feature (as the model's feature definitions name it), its contribution
 * to the score on the log-odds scale (positive raises the risk) and the reason in plain words.
 */
public record RiskReason(String feature, double contribution, String text) {

    public RiskReason {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(text, "text");
    }
}
