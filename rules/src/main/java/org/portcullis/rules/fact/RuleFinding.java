package org.portcullis.rules.fact;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;

/**
 * What a rule inserts when it fires: {@code insert(new RuleFinding(drools, $item, Outcome.INSPECT, "why"));}.
 * The rule id and name come from the rule's own name ("TGT-001 Arms and ammunition: inspect"); whether the carrier
 * may see the finding comes from the rule's {@code @carrierVisible(true)} attribute (hidden when absent), and the
 * agency whose officers the finding is for from its {@code @agency("border")} attribute (none when absent).
 */
public class RuleFinding {

    private final String ruleId;
    private final String ruleName;
    private final TargetFact about;
    private final Outcome outcome;
    private final String reason;
    private final boolean carrierVisible;
    private final String agency;

    public RuleFinding(RuleContext drools, TargetFact about, Outcome outcome, String reason) {
        String fullName = drools.getRule().getName();
        int space = fullName.indexOf(' ');
        this.ruleId = space < 0 ? fullName : fullName.substring(0, space);
        this.ruleName = space < 0 ? fullName : fullName.substring(space + 1).trim();
        this.about = Objects.requireNonNull(about, "about");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reason = Objects.requireNonNull(reason, "reason");
        Object visible = drools.getRule().getMetaData().get("carrierVisible");
        this.carrierVisible = visible != null && Boolean.parseBoolean(visible.toString());
        this.agency = agencyOf(drools.getRule().getMetaData().get("agency"));
    }

    /** The agency a rule's {@code @agency(...)} names, without the quotes DRL may keep; null when none. */
    public static String agencyOf(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * The finding a profile's lane asks for: RED gives INSPECT, YELLOW DOCUMENT_CHECK, GREEN RELEASE. For decision
     * tables whose action column is a lane.
     */
    public static RuleFinding forLane(RuleContext drools, TargetFact about, Lane lane, String reason) {
        Outcome outcome = switch (lane) {
            case RED -> Outcome.INSPECT;
            case YELLOW -> Outcome.DOCUMENT_CHECK;
            case GREEN -> Outcome.RELEASE;
        };
        return new RuleFinding(drools, about, outcome, reason);
    }

    public String getRuleId() {
        return ruleId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public TargetFact getAbout() {
        return about;
    }

    /** The transport document number of the consignment the finding is about, or null for the whole filing. */
    public String getConsignment() {
        return about.consignmentReference();
    }

    public String getAgency() {
        return agency;
    }

    public String getReason() {
        return reason;
    }

    public Finding toFinding() {
        return new Finding(ruleId, ruleName, about.target(), outcome, reason, carrierVisible, agency);
    }
}
