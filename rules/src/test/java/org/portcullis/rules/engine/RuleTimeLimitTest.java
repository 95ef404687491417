package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.backtest.Backtest;
import org.portcullis.rules.backtest.BacktestReport;
import org.portcullis.rules.backtest.StoredFiling;
import org.portcullis.rules.screening.RedressRegister;

/**
 * An assessment has a time limit: a rule that keeps firing is halted, and one that computes for long inside a
 * single firing is abandoned to its worker; either way the assessment fails at once, naming the rule, and the
 * thread that asked (a workflow job, a backtest) goes on.
 */
class RuleTimeLimitTest {

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
    /** Each firing computes 7^20000 in full: a few milliseconds, so 100,000 firings take minutes. */
    private static final String SLOW_REFIRING = HEADER + """
            rule "TGT-903 Updates its own fact forever, slowly"
            when
                $item : GoodsItemFact()
            then
                String digits = new java.math.BigInteger("7").pow(20000).toString();
                update($item);
            end
            """;
    /** One firing matches a regular expression that backtracks for seconds on this description. */
    private static final String STUCK_CONSEQUENCE = HEADER + """
            rule "TGT-904 Backtracks for seconds in one firing"
            when
                $item : GoodsItemFact()
            then
                boolean vague = $item.getDescription().matches("((a+)+)+b");
            end
            """;
    private static final AssessmentTimeLimit LIMIT = new AssessmentTimeLimit(Duration.ofMillis(300), Duration.ZERO);

    private final Mrn mrn = Mrn.issue(26, CountryCode.of("NL"), 7);
    private final Filing filing = TestFilings.filing(TestFilings.item("a".repeat(26) + "!", "940511"));

    @Test
    void ruleThatKeepsFiringPastTheTimeLimitIsStoppedAndNamed() {
        DroolsFilingAssessor assessor = assessor(compile("targeting/slow.drl", SLOW_REFIRING));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> assessor.assess(mrn, filing))
                .isInstanceOfSatisfying(AssessmentFailedException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("TGT-903");
                    assertThat(e.file()).isEqualTo("targeting/slow.drl");
                    assertThat(e.getMessage()).contains("TGT-903", "LRN-1", "time limit of 300 ms",
                            "the assessment was stopped");
                }));
    }

    @Test
    void loopStoppedByTheTimeLimitIsStillCalledALoop() {
        RuleSet ruleSet = compile("targeting/loop.drl", HEADER + """
                import org.portcullis.rules.fact.RuleFinding;
                rule "TGT-905 Finds its own findings again and again"
                when
                    $finding : RuleFinding()
                then
                    insert(new RuleFinding(drools, $finding.getAbout(), Outcome.INSPECT, "again"));
                end
                rule "TGT-906 Starts it"
                when
                    $item : GoodsItemFact()
                then
                    insert(new RuleFinding(drools, $item, Outcome.INSPECT, "first"));
                end
                """);
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(ruleSet), RepositoryRuleSet.CLOCK,
                PartyHistory.NONE, RedressRegister.NONE, new AssessmentTimeLimit(Duration.ofMillis(20), Duration.ZERO));

        assertThatThrownBy(() -> assessor.assess(mrn, filing))
                .isInstanceOfSatisfying(AssessmentFailedException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("TGT-905");
                    assertThat(e.getMessage()).contains("it loops");
                });
    }

    @Test
    void ruleStuckInOneFiringIsAbandonedAndARuleSetWithTooManyStuckAssessesNoMore() {
        RuleSet ruleSet = compile("targeting/stuck.drl", STUCK_CONSEQUENCE);
        DroolsFilingAssessor assessor = assessor(ruleSet);

        for (int stuck = 1; stuck <= SessionWorkers.MAX_ABANDONED; stuck++) {
            assertThatThrownBy(() -> assessor.assess(mrn, filing))
                    .isInstanceOfSatisfying(AssessmentFailedException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("TGT-904");
                        assertThat(e.getMessage()).contains("TGT-904", "firing number 1", "did not stop when halted",
                                "abandoned");
                    });
            assertThat(SessionWorkers.SHARED.stillRunning(ruleSet.version())).isEqualTo(stuck);
        }
        assertThatThrownBy(() -> assessor.assess(mrn, filing)).isInstanceOf(AssessmentFailedException.class)
                .hasMessageContaining("overran the time limit and are still running");

        Awaitility.await().atMost(Duration.ofMinutes(2))
                .until(() -> SessionWorkers.SHARED.stillRunning(ruleSet.version()) == 0);
    }

    @Test
    void backtestReportsTheFilingADraftOverranOnAndGoesOn() {
        RuleSet live = RepositoryRuleSet.ruleSet();
        RuleSet draft = compile("targeting/slow.drl", SLOW_REFIRING);
        Backtest backtest = new Backtest(assessor(live));

        BacktestReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> backtest.run(live, draft,
                List.of(new StoredFiling(mrn, filing), new StoredFiling(Mrn.issue(26, CountryCode.of("NL"), 8),
                        filing))));

        assertThat(report.changedFilings()).hasSize(2).allSatisfy(comparison ->
                assertThat(comparison.error()).contains("TGT-903", "time limit"));
    }

    private static DroolsFilingAssessor assessor(RuleSet ruleSet) {
        return new DroolsFilingAssessor(new LiveRuleSet(ruleSet), RepositoryRuleSet.CLOCK, PartyHistory.NONE,
                RedressRegister.NONE, LIMIT);
    }

    private static RuleSet compile(String file, String drl) {
        return new RuleSetCompiler(RepositoryRuleSet.CLOCK).compile(new RuleSources(Map.of(file,
                drl.getBytes(StandardCharsets.UTF_8))));
    }
}
