package org.portcullis.rules.scenario;

import java.util.List;
import org.portcullis.model.assessment.Outcome;

/**
 * A rule author's scenario: a filing (a v1 JSON document), the outcome expected, the rule ids that must fire and
 * those that must not. The MRN is optional; without one, random selection draws nothing.
 */
public record Scenario(String file, String name, String mrn, String filingDocument, Outcome expectedOutcome,
        List<String> expectedRules, List<String> rulesNotFiring) {

    public Scenario {
        expectedRules = List.copyOf(expectedRules);
        rulesNotFiring = List.copyOf(rulesNotFiring);
    }
}
