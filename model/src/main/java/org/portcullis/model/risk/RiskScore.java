package org.portcullis.model.risk;

import java.util.List;
import java.util.Objects;

/**
 * What the live risk model says about one consignment, as a fact for the rules: the probability (0 to 1) that an
 * inspection finds something, the model version (content hash) that scored it, and the features that pushed the
 * score most, each with its reason in plain words. Rule authors decide what a score means
 * ({@code RiskScore( consignment == $bl, score > 0.8 )}).
 */
public record RiskScore(String consignment, double score, String modelVersion, List<RiskReason> reasons) {

    public RiskScore {
        Objects.requireNonNull(consignment, "consignment");
        Objects.requireNonNull(modelVersion, "modelVersion");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a risk score lies between 0 and 1, not " + score);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** The reasons in one sentence, strongest first: "loaded in BR; first consignment for the consignee". */
    public String reasonText() {
        return String.join("; ", reasons.stream().map(RiskReason::text).toList());
    }
}
