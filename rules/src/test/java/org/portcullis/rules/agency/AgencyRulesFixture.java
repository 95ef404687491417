package org.portcullis.rules.agency;

import java.util.List;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.engine.TestFilings;

/** The repository's rule set assessed per agency, with the demo's folder mapping. */
final class AgencyRulesFixture {

    static final AgencyRules CUSTOMS = new AgencyRules("customs",
            java.util.Set.of("validation", "targeting", "selection"));
    static final AgencyRules HEALTH = AgencyRules.ofOwnFolder("health");
    static final AgencyRules MARITIME = AgencyRules.ofOwnFolder("maritime");
    static final AgencyRules BORDER = new AgencyRules("border", java.util.Set.of("persons"));

    private static final AgencyAssessor ASSESSOR = new AgencyAssessor(
            RepositoryRuleSet.assessor(org.portcullis.rules.engine.PartyHistory.NONE,
                    org.portcullis.rules.screening.RedressRegister.NONE),
            new LiveRuleSet(RepositoryRuleSet.ruleSet()));

    private AgencyRulesFixture() {
    }

    static AgencyAssessment assess(AgencyRules agency, Filing filing) {
        return ASSESSOR.assess(agency, RepositoryRuleSet.unselectedMrn(filing), filing);
    }

    static List<AgencyAssessment> assessAll(Filing filing) {
        return ASSESSOR.assessAll(List.of(CUSTOMS, HEALTH, MARITIME, BORDER), RepositoryRuleSet.unselectedMrn(filing),
                filing);
    }

    /** Arms (customs), a death on board (port health), an expired ISSC, a listed passenger (border police). */
    static Filing everyAgencyHasSomething() {
        Filing cargo = TestFilings.filing(TestFilings.item("Pistols and revolvers", "930200"));
        var listed = TestFilings.person(PersonRole.PASSENGER, "Sokolov", "Viktor Aleksandrovitch", "1971-03-14",
                "RU", "751234567", "2030-01-01");
        return new Filing(cargo.header(), cargo.vessel(), cargo.portCall(), cargo.consignments(), List.of(),
                List.of(listed), new HealthDeclaration(0, 1, false, "cardiac arrest"), List.of(), List.of(), List.of(),
                PortEntryFilings.security(PortEntryFilings.ARRIVAL.minusDays(3), "Jansen, Pieter"), null);
    }

    static List<String> ruleIds(AgencyAssessment assessment) {
        return assessment.assessment().findings().stream().map(Finding::ruleId).toList();
    }
}
