package org.portcullis.casework.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.agency.AgencyClearances;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.agency.AgencyAssessor;
import org.portcullis.rules.agency.AgencyRules;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.disclosure.Disclosure;
import org.springframework.stereotype.Component;

/**
 * The agencies file as the clearance workflow meets it: which agencies clear a case beside the lead (those whose
 * agreement sees a filing registered that day), their groups, their assessments and states.
 */
@Component
public class AgencyClearanceService implements AgencyClearances {

    private static final String PORT_HEALTH_FOLDER = "health";

    private final Agencies agencies;
    private final AgenciesProperties properties;
    private final CaseFileRepository cases;
    private final AgencyAssessor assessor;
    private final AgencyRecords records;
    private final Ledger ledger;
    private final Clock clock;

    AgencyClearanceService(Agencies agencies, AgenciesProperties properties, CaseFileRepository cases,
            AgencyAssessor assessor, AgencyRecords records, Ledger ledger, Clock clock) {
        this.agencies = agencies;
        this.properties = properties;
        this.cases = cases;
        this.assessor = assessor;
        this.records = records;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String leadAgency() {
        return properties.lead();
    }

    @Override
    public List<String> agenciesClearing(Mrn mrn) {
        return clearingFiling(cases.summary(mrn).orElseThrow(() -> new IllegalStateException("no case " + mrn))
                .registeredAt());
    }

    /** The agencies besides the lead whose agreement sees a filing registered then. */
    private List<String> clearingFiling(Instant registeredAt) {
        return agencies.all().stream().map(Agency::id).filter(id -> !id.equals(properties.lead()))
                .filter(id -> !Disclosure.forAgencies(agencies, Set.of(id)).forFiling(registeredAt).isEmpty())
                .toList();
    }

    @Override
    public String officerGroups(String agency) {
        return String.join(",", agency(agency).groups().officers());
    }

    @Override
    public String supervisorGroups(String agency) {
        return String.join(",", agency(agency).groups().supervisors());
    }

    @Override
    public boolean grantsFreePratique(String agency) {
        return agency(agency).ruleFolders().contains(PORT_HEALTH_FOLDER);
    }

    @Override
    public AgencyAssessment assess(Mrn mrn, String agency) {
        AgencyAssessment assessment = assessor.assess(new AgencyRules(agency, Set.copyOf(agency(agency).ruleFolders())),
                mrn, cases.currentFiling(mrn));
        records.insertAssessment(mrn, assessment);
        return assessment;
    }

    @Override
    public void recordDecision(Mrn mrn, String agency, ReferralDecision decision, String reason, String officer,
            Instant decidedAt) {
        OfficerDecision recorded = new OfficerDecision(mrn, decision, reason, officer, decidedAt);
        records.insertDecision(agency, recorded);
        ledger.record(LedgerEntries.agencyDecision(agency, recorded), null);
    }

    @Override
    public ClearanceState recordState(Mrn mrn, String agency, ClearanceState state) {
        records.saveState(mrn, agency, state, clock.instant());
        AgencyRecords.CaseStates current = records.statesWithRegistration(mrn)
                .orElseThrow(() -> new IllegalStateException("no case " + mrn));
        Map<String, ClearanceState> states = current.states();
        List<ClearanceState> all = new ArrayList<>();
        all.add(states.getOrDefault(properties.lead(), ClearanceState.PENDING));
        clearingFiling(current.registeredAt())
                .forEach(other -> all.add(states.getOrDefault(other, ClearanceState.PENDING)));
        return ClearanceState.overall(all);
    }

    /** Only the state is written: nothing asks for the port call's state, so it is not read. */
    @Override
    public void recordPending(Mrn mrn, String agency) {
        records.saveState(mrn, agency, ClearanceState.PENDING, clock.instant());
    }

    private Agency agency(String id) {
        return agencies.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown agency " + id));
    }
}
