package org.portcullis.rules.scenario;

import java.util.List;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.iot.IotEvent;

/**
 * A rule author's scenario: a filing (a v1 JSON document), the sensor events of its case (none unless given), the
 * outcome expected, the rule ids that must fire and those that must not. The MRN is optional; without one, random
 * selection draws nothing. The agency is optional: with one, only that agency's rule folders assess the filing and
 * the outcome is that agency's; without one, the rule set assesses it as the single assessment before agencies did.
 */
public record Scenario(String file, String name, String mrn, String filingDocument, List<IotEvent> events,
        Outcome expectedOutcome, List<String> expectedRules, List<String> rulesNotFiring, String agency) {

    public Scenario {
        events = List.copyOf(events);
        expectedRules = List.copyOf(expectedRules);
        rulesNotFiring = List.copyOf(rulesNotFiring);
    }

    /** A scenario without sensor events that names no agency. */
    public Scenario(String file, String name, String mrn, String filingDocument, Outcome expectedOutcome,
            List<String> expectedRules, List<String> rulesNotFiring) {
        this(file, name, mrn, filingDocument, List.of(), expectedOutcome, expectedRules, rulesNotFiring, null);
    }
}
