package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.rules.fact.BookingPattern;

class RuleSetCompilerTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    private static final String HEADER = """
            // Purpose:     test
            // Legal basis: test
            // Owner:       test
            // Last review: 2026-11-29
            package targeting;
            import org.portcullis.model.assessment.Outcome;
            import org.portcullis.rules.fact.GoodsItemFact;
            import org.portcullis.rules.fact.RuleFinding;
            """;

    @Test
    void repositoryRuleSetCompilesWithEveryRuleCatalogued() {
        RuleSet ruleSet = compiler.compile(RuleSources.fromDirectory(Path.of("ruleset")));

        assertThat(ruleSet.rules()).extracting(RuleDescription::id)
                .contains("VAL-001", "VAL-002", "VAL-003", "VAL-004", "VAL-005", "VAL-006", "VAL-007", "TGT-001",
                        "TGT-002", "TGT-003", "TGT-004", "TGT-005", "TGT-006", "TGT-101", "TGT-105", "PER-001",
                        "PER-002", "PER-003", "PER-004", "PER-005", "PER-006", "PER-007", "PER-008", "FPR-001",
                        "FPR-002", "FPR-003", "SEL-001", "TRF-001", "TRF-002", "TRF-003", "TRF-004", "TRF-005",
                        "TRF-006", "TRF-007", "TRF-008", "TRF-009");
        // the health declaration is port health's alone: FPR-001 to FPR-003, no second set in the persons folder
        assertThat(ruleSet.rules()).extracting(RuleDescription::id).noneMatch(id -> id.startsWith("HLT-"));
        assertThat(ruleSet.rules()).filteredOn(rule -> rule.id().equals("TGT-001")).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.file()).isEqualTo("targeting/arms.drl");
                    assertThat(rule.packageName()).isEqualTo("targeting");
                    assertThat(rule.name()).startsWith("Arms and ammunition");
                });
        assertThat(ruleSet.rules()).filteredOn(rule -> rule.id().equals("TGT-101")).singleElement()
                .satisfies(rule -> assertThat(rule.file()).isEqualTo("targeting/origin-hs-chapter-profiles.csv"));
        assertThat(ruleSet.rules()).filteredOn(RuleDescription::carrierVisible).extracting(RuleDescription::id)
                .contains("VAL-001", "PER-003").doesNotContain("TGT-001");
        assertThat(ruleSet.referenceData().partyWatchlist().size()).isEqualTo(3);
        assertThat(ruleSet.referenceData().personWatchlist().size()).isEqualTo(4);
        assertThat(ruleSet.referenceData().randomSelectionRate()).isEqualTo(0.03);
        assertThat(ruleSet.referenceData().bookingPatterns()).extracting(BookingPattern::getPatternId)
                .containsExactly("BP-001", "BP-002");
    }

    @Test
    void badBookingPatternRowsAreReportedWithLineAndWhy() {
        String csv = """
                # a comment line
                patternId,embarkation,disembarkation,paymentMethod,oneWay,maxDaysBeforeBoarding,minPartySize,reason
                BP-1,MAPTM,,CASH,true,2,3,fine
                BP-2,MAP,,,,,,bad port
                BP-3,,,BITCOIN,,,,bad payment
                BP-4,,,,yes,,,bad yes
                BP-5,,,,,soon,,bad number
                BP-6,,,,,,,
                BP-1,,,CASH,,,,twice
                """;

        assertThatThrownBy(() -> compiler.compile(sources("reference/booking-patterns.csv", csv)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::file, RuleProblem::line, RuleProblem::message).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("reference/booking-patterns.csv", 4,
                                        "embarkation 'MAP' is not a UN/LOCODE"),
                                org.assertj.core.groups.Tuple.tuple("reference/booking-patterns.csv", 5,
                                        "paymentMethod 'BITCOIN' is not one of BANK_TRANSFER, CARD, CASH, OTHER,"
                                                + " VOUCHER"),
                                org.assertj.core.groups.Tuple.tuple("reference/booking-patterns.csv", 6,
                                        "oneWay 'yes' is neither true nor false (leave it empty for either)"),
                                org.assertj.core.groups.Tuple.tuple("reference/booking-patterns.csv", 7,
                                        "maxDaysBeforeBoarding 'soon' is not a whole number from 0 to 9999"),
                                org.assertj.core.groups.Tuple.tuple("reference/booking-patterns.csv", 8,
                                        "reason is required: say why this pattern is telling"),
                                org.assertj.core.groups.Tuple.tuple("reference/booking-patterns.csv", 8,
                                        "a pattern needs at least one criterion, or every booking would match it"),
                                org.assertj.core.groups.Tuple.tuple("reference/booking-patterns.csv", 9,
                                        "patternId BP-1 is used twice")));
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
                            assertThat(problem.line()).isEqualTo(11);
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
        files.put("targeting/b.drl", (HEADER.replace("package targeting;", "package other;")
                + rule.formatted("Animals again")).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> compiler.compile(new RuleSources(files)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.message()).contains("TGT-102", "used twice", "(also in targeting/");
                            assertThat(problem.message()).matches(".*\\.drl:9\\)$");
                            assertThat(problem.line()).isEqualTo(9);
                            assertThat(problem.snippet()).startsWith("rule \"TGT-102 ");
                        }));
    }

    @Test
    void mistypedImportIsTheFirstProblemWithItsLineAndTheErrorsItCausesInOtherFilesAreLeftOut() {
        RuleSources live = RuleSources.fromDirectory(Path.of("ruleset"));
        Map<String, byte[]> files = new HashMap<>(live.files());
        files.put("targeting/arms.drl", live.text("targeting/arms.drl").replace(
                "import org.portcullis.rules.fact.GoodsItemFact;", "import org.portcullis.rules.fact.GoodItemFact;")
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> compiler.compile(new RuleSources(files)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> {
                    assertThat(e.problems().get(0)).satisfies(cause -> {
                        assertThat(cause.file()).isEqualTo("targeting/arms.drl");
                        assertThat(cause.line()).isEqualTo(10);
                        assertThat(cause.snippet()).isEqualTo("import org.portcullis.rules.fact.GoodItemFact;");
                        assertThat(cause.message()).startsWith("imports org.portcullis.rules.fact.GoodItemFact, "
                                + "which is no class rule code can use").contains("left out",
                                "targeting/used-tyres.drl");
                    });
                    assertThat(e.problems()).extracting(RuleProblem::file).containsOnly("targeting/arms.drl");
                    assertThat(e.problems()).hasSizeLessThanOrEqualTo(3)
                            .allSatisfy(problem -> assertThat(problem.line()).isPositive());
                });
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

        assertThatThrownBy(() -> compiler.compile(sources("reference/watchlists/parties/test.csv", csv)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::line).containsExactly(3, 4));
    }

    private static RuleSources sources(String path, String content) {
        return new RuleSources(Map.of(path, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void badPersonWatchlistRowsAreReportedWithLineAndWhy() {
        String csv = """
                entryId,name,dateOfBirth,nationality,documentNumber,reason
                PW-1,Good Person,1970-01-01,NL,,ok
                PW-2,Bad Date,1970-13-45,NL,,bad date
                PW-3,Bad Country,1970,XX,,bad country
                PW-1,Used Twice,,,,twice
                PW-5,"Unclosed quote,,,,
                """;

        assertThatThrownBy(() -> compiler.compile(sources("reference/watchlists/persons/test.csv", csv)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::line, RuleProblem::message).contains(
                                org.assertj.core.groups.Tuple.tuple(3,
                                        "dateOfBirth '1970-13-45' is neither yyyy-MM-dd nor a year"),
                                org.assertj.core.groups.Tuple.tuple(4,
                                        "nationality 'XX' is not an ISO 3166-1 alpha-2 code"),
                                org.assertj.core.groups.Tuple.tuple(5, "entryId PW-1 is used twice in this list")));
    }

    @Test
    void watchlistWithoutTheNeededColumnsIsReported() {
        assertThatThrownBy(() -> compiler.compile(sources("reference/watchlists/persons/test.csv",
                "id,fullName\nX,Y\n")))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("lacks the column(s) entryId, name, dateOfBirth")));
    }

    @Test
    void drlFileWithoutItsHeaderIsReported() {
        String drl = """
                package targeting;
                import org.portcullis.rules.fact.GoodsItemFact;
                rule "TGT-103 Live animals"
                when
                    GoodsItemFact( hsChapter == 1 )
                then
                end
                """;

        assertThatThrownBy(() -> compiler.compile(sources("targeting/noheader.drl", drl)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(1);
                            assertThat(problem.message()).contains("Purpose:", "Legal basis:", "Owner:");
                        }));
    }

    @Test
    void decisionTableWithABadConditionIsReportedByFileAndRule() {
        String table = """
                RuleSet,targeting
                Import,"org.portcullis.rules.fact.GoodsItemFact"
                RuleTable Broken
                NAME,CONDITION
                ,$item : GoodsItemFact
                ,hsChapter === $param
                Rule,Chapter
                TGT-150 Broken profile,12
                """;

        assertThatThrownBy(() -> compiler.compile(sources("targeting/broken.csv", table)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("targeting/broken.csv");
                            assertThat(problem.message()).contains("TGT-150");
                        }));
    }

    @Test
    void badSelectionRateIsReportedWithItsLine() {
        assertThatThrownBy(() -> compiler.compile(sources("reference/selection.properties",
                "# comment\nrandom-selection-rate=5%\n")))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(2);
                            assertThat(problem.message()).contains("'5%' is not a share between 0 and 1");
                        }));
    }
}
