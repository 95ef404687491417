package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetCompilerTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    private static final String HEADER = """
            package targeting;
            import org.portcullis.model.assessment.Outcome;
            import org.portcullis.rules.fact.GoodsItemFact;
            import org.portcullis.rules.fact.RuleFinding;
            """;

    @Test
    void repositoryRuleSetCompilesWithEveryRuleCatalogued() {
        RuleSet ruleSet = compiler.compile(RuleSources.fromDirectory(Path.of("ruleset")));

        assertThat(ruleSet.rules()).extracting(RuleDescription::id)
                .contains("VAL-001", "VAL-002", "TGT-001", "TGT-002", "TGT-003");
        assertThat(ruleSet.rules()).filteredOn(rule -> rule.id().equals("TGT-001")).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.file()).isEqualTo("targeting/arms.drl");
                    assertThat(rule.packageName()).isEqualTo("targeting");
                    assertThat(rule.name()).startsWith("Arms and ammunition");
                });
        assertThat(ruleSet.referenceData().partyWatchlist().size()).isEqualTo(3);
    }

    @Test
    void sameFilesGiveSameVersionAndAnyChangeGivesAnother() {
        RuleSources sources = RuleSources.fromDirectory(Path.of("ruleset"));
        Map<String, byte[]> changed = new HashMap<>(sources.files());
        changed.put("reference/vague-goods-descriptions.txt", "cargo\n".getBytes(StandardCharsets.UTF_8));

        assertThat(RuleSources.fromDirectory(Path.of("ruleset")).version()).isEqualTo(sources.version());
        assertThat(new RuleSources(changed).version()).isNotEqualTo(sources.version());
    }

    @Test
    void syntaxErrorIsReportedWithFileAndLine() {
        String drl = HEADER + """
                rule "TGT-100 Broken rule"
                when
                    $item : GoodsItemFact( hsChapter == )
                then
                end
                """;

        assertThatThrownBy(() -> compiler.compile(sources("targeting/broken.drl", drl)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("targeting/broken.drl");
                            assertThat(problem.line()).isEqualTo(7);
                        }));
    }

    @Test
    void unknownFactTypeIsReported() {
        String drl = HEADER + """
                rule "TGT-101 Uses a fact that does not exist"
                when
                    $x : Submarine( depth > 100 )
                then
                end
                """;

        assertThatThrownBy(() -> compiler.compile(sources("targeting/unknown.drl", drl)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("targeting/unknown.drl");
                            assertThat(problem.message()).contains("Submarine");
                        }));
    }

    @Test
    void ruleIdUsedTwiceIsReported() {
        String rule = """
                rule "TGT-102 %s"
                when
                    $item : GoodsItemFact( hsChapter == 1 )
                then
                end
                """;
        Map<String, byte[]> files = new HashMap<>();
        files.put("targeting/a.drl", (HEADER + rule.formatted("Live animals")).getBytes(StandardCharsets.UTF_8));
        files.put("targeting/b.drl", ("package other;\nimport org.portcullis.rules.fact.GoodsItemFact;\n"
                + rule.formatted("Animals again")).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> compiler.compile(new RuleSources(files)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> assertThat(problem.message()).contains("TGT-102", "used twice")));
    }

    @Test
    void ruleWithoutStableIdIsReported() {
        String drl = HEADER + """
                rule "check live animals"
                when
                    $item : GoodsItemFact( hsChapter == 1 )
                then
                end
                """;

        assertThatThrownBy(() -> compiler.compile(sources("targeting/noid.drl", drl)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> assertThat(problem.message()).contains("no stable id")));
    }

    @Test
    void badWatchlistRowsAreReportedWithLine() {
        String csv = """
                entryId,name,country,reason
                WL-1,Good Name Ltd,GB,ok
                WL-2,,GB,no name
                WL-3,Somewhere Ltd,XX,bad country
                """;

        assertThatThrownBy(() -> compiler.compile(sources("reference/watchlists/test.csv", csv)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::line).containsExactly(3, 4));
    }

    private static RuleSources sources(String path, String content) {
        return new RuleSources(Map.of(path, content.getBytes(StandardCharsets.UTF_8)));
    }
}
