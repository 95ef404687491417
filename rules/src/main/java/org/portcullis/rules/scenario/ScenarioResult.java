package org.portcullis.rules.scenario;

import java.util.List;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.rules.engine.AssessmentFailedException;

/**
 * What a scenario gave: passed, or every way it differed from what was expected; the assessment when there is one,
 * and the failure of a rule (it looped or threw) when the rule set could not assess the filing at all.
 */
public record ScenarioResult(Scenario scenario, List<String> failures, Assessment assessment,
        AssessmentFailedException ruleFailure) {

    public ScenarioResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** The rule ids that fired, in the assessment's order, each once. */
    public List<String> firedRules() {
        return assessment == null ? List.of()
                : assessment.findings().stream().map(finding -> finding.ruleId()).distinct().toList();
    }
}
