package org.portcullis.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.scenario.Scenario;
import org.portcullis.rules.scenario.ScenarioResult;
import org.portcullis.rules.scenario.ScenarioRunner;
import org.portcullis.rules.screening.RedressRegister;

/** A scenario that names an agency runs only that agency's rule folders. */
class AgencyScenarioTest {

    private static final HealthDeclaration DEATH = new HealthDeclaration(0, 1, false, "cardiac arrest");
    private final ScenarioRunner runner = new ScenarioRunner(
            RepositoryRuleSet.assessor(PartyHistory.NONE, RedressRegister.NONE),
            document -> PortEntryFilings.filing(DEATH, null, null),
            agency -> agency.equals("border") ? new AgencyRules("border", Set.of("persons"))
                    : AgencyRules.ofOwnFolder(agency));

    @Test
    void theAgencysOwnFoldersDecideTheOutcomeAndTheRulesThatFire() {
        ScenarioResult health = run("health", Outcome.HOLD, List.of("FPR-001"), List.of("FPR-003"));
        ScenarioResult border = run("border", Outcome.RELEASE, List.of(), List.of("FPR-001"));

        assertThat(health.failures()).isEmpty();
        assertThat(border.failures()).isEmpty();
    }

    @Test
    void withoutAnAgencyTheScenarioRunsCustomsMainAssessmentWithoutAnyAgencyFolder() {
        ScenarioResult single = run(null, Outcome.RELEASE, List.of(), List.of("FPR-001"));

        assertThat(single.failures()).isEmpty();
    }

    @Test
    void anAgencyWithoutRulesFailsTheScenarioRatherThanReleasing() {
        ScenarioResult customs = run("customs", Outcome.RELEASE, List.of(), List.of());

        assertThat(customs.failures()).containsExactly("agency customs has no rules in the folders [customs]");
    }

    private ScenarioResult run(String agency, Outcome outcome, List<String> expected, List<String> notFiring) {
        return runner.run(RepositoryRuleSet.ruleSet(), new Scenario("s.json", "s", null, "{}", List.of(), outcome, expected,
                notFiring, agency));
    }
}
