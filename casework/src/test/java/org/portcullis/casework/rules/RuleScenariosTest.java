package org.portcullis.casework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.portcullis.casework.agency.AgencyRuleFolders;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.filing.FilingSchema;
import org.portcullis.messaging.filing.JsonFilingReader;
import org.portcullis.messaging.filing.ScenarioFilingReader;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.scenario.ScenarioFiles;
import org.portcullis.rules.scenario.ScenarioResult;
import org.portcullis.rules.scenario.ScenarioRunner;
import org.portcullis.sharing.config.AgenciesFile;

/** Every scenario file of rules/scenarios passes against the repository's rule set (run by mvn verify). */
class RuleScenariosTest {

    private static final Path SCENARIOS = Path.of("../rules/scenarios");
    private static final RuleSet RULE_SET = new RuleSetCompiler(Clock.systemUTC())
            .compile(RuleSources.fromDirectory(Path.of("../rules/ruleset")));
    private static final ScenarioRunner RUNNER = new ScenarioRunner(
            new DroolsFilingAssessor(new LiveRuleSet(RULE_SET), Clock.systemUTC()),
            new ScenarioFilingReader(new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema())),
            AgencyRuleFolders.of(AgenciesFile.read(Path.of("../config/agencies.yml"))));

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        ScenarioFiles files = ScenarioFiles.read(SCENARIOS);
        assertThat(files.problems()).isEmpty();
        assertThat(files.scenarios()).hasSizeGreaterThanOrEqualTo(6);
        return files.scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name() + " (" + scenario.file() + ")", () -> {
            ScenarioResult result = RUNNER.run(RULE_SET, scenario);
            assertThat(result.failures()).as(scenario.name() + " (" + scenario.file() + ")").isEmpty();
        }));
    }

    @Test
    void failingScenarioSaysWhatDiffered() {
        var scenario = ScenarioFiles.read(SCENARIOS).scenarios().stream()
                .filter(s -> s.file().equals("sample-arms-are-inspected.json")).findFirst().orElseThrow();
        var wrong = new org.portcullis.rules.scenario.Scenario(scenario.file(), scenario.name(), null,
                scenario.filingDocument(), org.portcullis.model.assessment.Outcome.RELEASE, List.of("VAL-001"),
                List.of("TGT-001"));

        ScenarioResult result = RUNNER.run(RULE_SET, wrong);

        assertThat(result.failures()).containsExactly("outcome INSPECT, expected RELEASE", "VAL-001 did not fire",
                "TGT-001 fired but must not");
    }

    @Test
    void scenarioWhoseFilingBreaksTheFormatFailsWithTheReadersErrors() {
        var broken = new org.portcullis.rules.scenario.Scenario("broken.json", "broken", null,
                "{\"header\": {}}", org.portcullis.model.assessment.Outcome.RELEASE, List.of(), List.of());

        ScenarioResult result = RUNNER.run(RULE_SET, broken);

        assertThat(result.failures()).singleElement().asString().startsWith("the filing cannot be read: ")
                .contains("SCHEMA_REQUIRED");
    }
}
