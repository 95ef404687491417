package org.portcullis.model.assessment;

import java.util.Objects;

/**
 * What one rule says about one thing in a filing: the rule's stable id and plain name, the thing, the outcome the
 * rule asks for and the reason in plain words (which value matched). {@code carrierVisible} tells whether the
 * authority lets the carrier see this finding in notices. {@code agency} names the agency whose officers the finding
 * is for (from the rule's {@code @agency("border")}; null: the authority that runs the assessment).
 */
public record Finding(String ruleId, String ruleName, Target target, Outcome outcome, String reason,
        boolean carrierVisible, String agency) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    /** A finding for the authority that runs the assessment. */
    public Finding(String ruleId, String ruleName, Target target, Outcome outcome, String reason,
            boolean carrierVisible) {
        this(ruleId, ruleName, target, outcome, reason, carrierVisible, null);
    }
}
