package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.assessment.ConsignmentOutcome;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.rules.fact.ConsignmentFact;
import org.portcullis.rules.fact.RuleFinding;

/**
 * One outcome per consignment: the strongest of the findings about the consignment or its goods items,
 * containers and parties (strongest wins: DO_NOT_LOAD > HOLD > INSPECT > DOCUMENT_CHECK > REFER >
 * REQUEST_INFORMATION > RELEASE, the order of {@link Outcome}); a consignment no rule spoke about is released.
 * Findings about the whole filing (vessel, persons, health) count for the filing's outcome, not for each consignment.
 */
final class ConsignmentOutcomes {

    private ConsignmentOutcomes() {
    }

    static List<ConsignmentOutcome> of(List<ConsignmentFact> consignments, List<RuleFinding> findings) {
        Map<String, Outcome> strongest = new LinkedHashMap<>();
        consignments.forEach(consignment -> strongest.put(consignment.getTransportDocumentNumber(), Outcome.RELEASE));
        for (RuleFinding finding : findings) {
            String consignment = finding.getConsignment();
            if (consignment != null) {
                strongest.merge(consignment, finding.getOutcome(),
                        (a, b) -> a.isStrongerThan(b) ? a : b);
            }
        }
        List<ConsignmentOutcome> outcomes = new ArrayList<>(strongest.size());
        strongest.forEach((bl, outcome) -> outcomes.add(new ConsignmentOutcome(bl, outcome)));
        return outcomes;
    }
}
