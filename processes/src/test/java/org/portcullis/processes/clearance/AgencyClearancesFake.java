package org.portcullis.processes.clearance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.agency.AgencyClearances;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;

/**
 * The agencies of a test deployment: customs leads; the others and the outcome each one's rules give are what the
 * test chooses (none by default, so the paths of customs alone run as before). Records states and decisions.
 */
class AgencyClearancesFake implements AgencyClearances {

    record Decided(Mrn mrn, String agency, ReferralDecision decision, String reason, String officer) {
    }

    final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    final Map<String, ClearanceState> states = new HashMap<>();
    final List<Decided> decisions = new ArrayList<>();
    final List<String> assessed = new ArrayList<>();

    @Override
    public String leadAgency() {
        return "customs";
    }

    @Override
    public List<String> agenciesClearing(Mrn mrn) {
        return List.copyOf(outcomes.keySet());
    }

    @Override
    public String officerGroups(String agency) {
        return agency + "-officers";
    }

    @Override
    public String supervisorGroups(String agency) {
        return agency + "-supervisors";
    }

    @Override
    public boolean grantsFreePratique(String agency) {
        return agency.equals("health");
    }

    @Override
    public AgencyAssessment assess(Mrn mrn, String agency) {
        assessed.add(agency);
        Outcome outcome = outcomes.get(agency);
        List<Finding> findings = outcome == Outcome.RELEASE ? List.of()
                : List.of(new Finding(agency.toUpperCase() + "-001", "A rule of " + agency,
                        new Target(TargetKind.FILING, "LRN"), outcome, "because", false, agency));
        return new AgencyAssessment(agency, Assessment.of(findings, "v1", ClearanceFixture.NOW));
    }

    @Override
    public void recordDecision(Mrn mrn, String agency, ReferralDecision decision, String reason, String officer,
            Instant decidedAt) {
        decisions.add(new Decided(mrn, agency, decision, reason, officer));
    }

    @Override
    public ClearanceState recordState(Mrn mrn, String agency, ClearanceState state) {
        states.put(agency, state);
        List<ClearanceState> all = new ArrayList<>();
        all.add(states.getOrDefault(leadAgency(), ClearanceState.PENDING));
        outcomes.keySet().forEach(other -> all.add(states.getOrDefault(other, ClearanceState.PENDING)));
        return ClearanceState.overall(all);
    }
}
