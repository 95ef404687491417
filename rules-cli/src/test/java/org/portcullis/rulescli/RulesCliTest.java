package org.portcullis.rulescli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCliTest {

    private static final Path RULE_SET = Path.of("../rules/ruleset");
    private static final Path SCENARIOS = Path.of("../rules/scenarios");

    private final List<String> lines = new ArrayList<>();

    @TempDir
    Path temp;

    @Test
    void scenariosAreReportedEachByItsName() {
        int status = RulesCli.run(new String[] {"scenarios", "--rules", RULE_SET.toString(), "--scenarios",
                SCENARIOS.toString(), "--agencies", "../config/agencies.yml"}, lines::add);

        assertThat(status).isZero();
        assertThat(lines).contains("PASS  The arms sample: ammunition (HS chapter 93) from a first-time shipper is"
                + " inspected (sample-arms-are-inspected.json)");
        long scenarios = lines.stream().filter(line -> line.startsWith("PASS  ")).count();
        assertThat(scenarios).isGreaterThanOrEqualTo(20);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(scenarios + " of " + scenarios + " scenarios pass");
    }

    @Test
    void aRefusedAgenciesFileStopsTheScenariosWithItsProblem() throws Exception {
        Path agencies = temp.resolve("agencies.yml");
        Files.writeString(agencies, "agencies:\n  - id: customs\n    sees: [no-such-part]\n");

        int status = RulesCli.run(new String[] {"scenarios", "--rules", RULE_SET.toString(), "--scenarios",
                SCENARIOS.toString(), "--agencies", agencies.toString()}, lines::add);

        assertThat(status).isEqualTo(2);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("The agencies file " + agencies
                + " is refused: "));
    }

    @Test
    void failingScenarioIsNamedWithWhatDifferedAndTheStatusSaysSo() throws IOException {
        Path scenarios = Files.createDirectory(temp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("arms.json"), Files.readString(
                SCENARIOS.resolve("sample-arms-are-inspected.json"))
                .replace("\"expectedOutcome\": \"INSPECT\"", "\"expectedOutcome\": \"RELEASE\"")
                .replace("../../docs/samples/", Path.of("../docs/samples").toAbsolutePath().normalize() + "/"));

        int status = RulesCli.run(new String[] {"scenarios", "--rules", RULE_SET.toString(), "--scenarios",
                scenarios.toString()}, lines::add);

        assertThat(status).isEqualTo(1);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("FAIL  The arms sample")
                .endsWith("(arms.json): outcome INSPECT, expected RELEASE"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("0 of 1 scenarios pass");
    }

    @Test
    void emptyScenarioFolderSaysWhereItLooked() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("no-scenarios"));

        int status = RulesCli.run(new String[] {"scenarios", "--scenarios", empty.toString()}, lines::add);

        assertThat(status).isEqualTo(2);
        assertThat(lines).containsExactly("No scenario files (*.json) in " + empty.toAbsolutePath().normalize()
                + ": nothing was run");
    }

    @Test
    void refusedRuleSetShowsTheRootCauseFirstWithTheLineAsWritten() throws IOException {
        Path rules = copy(RULE_SET, temp.resolve("rules"));
        Path arms = rules.resolve("targeting/arms.drl");
        Files.writeString(arms, Files.readString(arms).replace("import org.portcullis.rules.fact.GoodsItemFact;",
                "import org.portcullis.rules.fact.GoodItemFact;"));

        int status = RulesCli.run(new String[] {"check", "--rules", rules.toString()}, lines::add);

        assertThat(status).isEqualTo(1);
        assertThat(lines.get(0)).startsWith("Rule set " + rules + " (version ").endsWith("the root cause first");
        assertThat(lines.get(1)).startsWith("  targeting/arms.drl:10 imports org.portcullis.rules.fact.GoodItemFact");
        assertThat(lines.get(2)).isEqualTo("      | import org.portcullis.rules.fact.GoodItemFact;");
        assertThat(lines).noneMatch(line -> line.contains("used-tyres.drl:"));
    }

    @Test
    void backtestNamesTheFilingsThatWouldChangeAndThoseThatCouldNotBeRead() throws IOException {
        Path draft = copy(RULE_SET, temp.resolve("draft"));
        Files.writeString(draft.resolve("targeting/everything.drl"), """
                // Purpose:     Every goods item gets a documentary check (a test of the command line).
                // Legal basis: Union Customs Code, Article 46
                // Owner:       tests
                // Last review: 2026-12-05
                package targeting;
                import org.portcullis.model.assessment.Outcome;
                import org.portcullis.rules.fact.GoodsItemFact;
                import org.portcullis.rules.fact.RuleFinding;

                rule "TGT-970 Every goods item: documentary check"
                when
                    $item : GoodsItemFact()
                then
                    insert(new RuleFinding(drools, $item, Outcome.DOCUMENT_CHECK, "every item"));
                end
                """);

        int status = RulesCli.run(new String[] {"backtest", "--rules", draft.toString(), "--against",
                RULE_SET.toString(), "--filings", "../docs/samples"}, lines::add);

        assertThat(status).isZero();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("left out filing-invalid.json: "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Backtest of " + draft)
                .contains(" against " + RULE_SET + " (version ", " over 4 filing(s): "));
        assertThat(lines).contains("  GREEN -> YELLOW: 1");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  TGT-970 Every goods item: documentary"
                + " check: " + RULE_SET + " 0, " + draft + " "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  filing-green.json (LRN ")
                .contains("GREEN -> YELLOW", "rules added TGT-970"));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
