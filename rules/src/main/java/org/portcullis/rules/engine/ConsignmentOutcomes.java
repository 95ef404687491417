package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.assessment.ConsignmentOutcome;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.rules.fact.ConsignmentFact;
import org.portcullis.rules.fact.RuleFinding;

/**
 * One outcome per consignment: the strongest of the findings about the consignment or its goods items,
 * containers and parties (strongest wins: DO_NOT_LOAD > HOLD > INSPECT > DOCUMENT_CHECK > REFER >
 * REQUEST_INFORMATION > RELEASE, the order of {@link Outcome}); a consignment no rule spoke about is released.
 * Findings about the whole filing (vessel, persons, health) count for the filing's outcome, not for each consignment.
 * The lane the rules alone gave leaves out random selection's findings (rule ids {@value #SELECTION_RULES}...,
 * the convention random-selection.drl relies on too) and is taken before the risk model's scores were facts.
 */
final class ConsignmentOutcomes {

    private ConsignmentOutcomes() {
    }

    /** Rule ids of random selection: a draw, not the rules' judgement of the consignment. */
    static final String SELECTION_RULES = "SEL-";

    static List<ConsignmentOutcome> of(List<ConsignmentFact> consignments, List<RuleFinding> findings) {
        return of(consignments, findings, Map.of());
    }

    /** The outcomes, each with the lane the rules alone gave the consignment (null where not in the map). */
    static List<ConsignmentOutcome> of(List<ConsignmentFact> consignments, List<RuleFinding> findings,
            Map<String, Lane> rulesLanes) {
        List<ConsignmentOutcome> outcomes = new ArrayList<>();
        strongest(consignments, findings).forEach((bl, outcome) -> outcomes.add(
                new ConsignmentOutcome(bl, outcome, rulesLanes.get(bl))));
        return outcomes;
    }

    /** The lane of each consignment from the findings of a session without risk scores, random selection left out. */
    static Map<String, Lane> rulesLanes(List<ConsignmentFact> consignments, List<RuleFinding> findingsWithoutScores) {
        Map<String, Lane> lanes = new LinkedHashMap<>();
        strongest(consignments, findingsWithoutScores.stream()
                .filter(finding -> !finding.getRuleId().startsWith(SELECTION_RULES)).toList())
                .forEach((bl, outcome) -> lanes.put(bl, outcome.lane()));
        return lanes;
    }

    private static Map<String, Outcome> strongest(List<ConsignmentFact> consignments, List<RuleFinding> findings) {
        Map<String, Outcome> strongest = new LinkedHashMap<>();
        consignments.forEach(consignment -> strongest.put(consignment.getTransportDocumentNumber(), Outcome.RELEASE));
        for (RuleFinding finding : findings) {
            String consignment = finding.getConsignment();
            if (consignment != null) {
                strongest.merge(consignment, finding.getOutcome(),
                        (a, b) -> a.isStrongerThan(b) ? a : b);
            }
        }
        return strongest;
    }
}
