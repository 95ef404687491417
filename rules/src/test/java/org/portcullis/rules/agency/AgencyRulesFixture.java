package org.portcullis.rules.agency;

import java.util.List;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.filing.Filing;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RepositoryRuleSet;

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

    static List<String> ruleIds(AgencyAssessment assessment) {
        return assessment.assessment().findings().stream().map(Finding::ruleId).toList();
    }
}
