package org.portcullis.rules.fact;

import java.util.List;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.risk.RiskReason;
import org.portcullis.model.risk.RiskScore;

/**
 * The live risk model's score of one consignment: the probability (0 to 1) that an inspection finds something, the
 * model version, and the features that raised it most, strongest first, with their reasons in words. Rule authors
 * decide what a score means: {@code RiskScoreFact( score > 0.8 )}, {@code topFeatures contains "consignor_first_time"}.
 */
public class RiskScoreFact implements TargetFact {

    private final String consignment;
    private final double score;
    private final String modelVersion;
    private final List<String> topFeatures;
    private final List<String> reasons;

    public RiskScoreFact(RiskScore score) {
        this.consignment = score.consignment();
        this.score = score.score();
        this.modelVersion = score.modelVersion();
        this.topFeatures = score.reasons().stream().map(RiskReason::feature).toList();
        this.reasons = score.reasons().stream().map(RiskReason::text).toList();
    }

    /** The transport document (B/L) number of the consignment scored. */
    public String getConsignment() {
        return consignment;
    }

    public double getScore() {
        return score;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    /** The names of the features that raised the score most, strongest first (docs/risk-model.md lists them). */
    public List<String> getTopFeatures() {
        return topFeatures;
    }

    /** The reasons in one sentence, strongest first: "first consignment for the consignee; loaded in BR". */
    public String getReasonText() {
        return String.join("; ", reasons);
    }

    @Override
    public Target target() {
        return new Target(TargetKind.CONSIGNMENT, consignment);
    }

    @Override
    public String consignmentReference() {
        return consignment;
    }
}
