package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;

/** A rule that loops or throws fails the assessment with an error that names the rule and its file. */
class LoopingRuleTest {

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

    private final RuleSetCompiler compiler = new RuleSetCompiler(RepositoryRuleSet.CLOCK);
    private final Mrn mrn = Mrn.issue(26, CountryCode.of("NL"), 7);

    @Test
    void ruleThatKeepsInsertingIsStoppedAndNamed() {
        String drl = HEADER + """
                rule "TGT-900 Inserts a finding about its own finding forever"
                when
                    $finding : RuleFinding()
                then
                    insert(new RuleFinding(drools, $finding.getAbout(), Outcome.INSPECT, "again"));
                end

                rule "TGT-901 Starts it"
                when
                    $item : GoodsItemFact()
                then
                    insert(new RuleFinding(drools, $item, Outcome.INSPECT, "first"));
                end
                """;
        RuleSet ruleSet = compiler.compile(new RuleSources(Map.of("targeting/loop.drl",
                drl.getBytes(StandardCharsets.UTF_8))));
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(ruleSet), RepositoryRuleSet.CLOCK);

        assertThatThrownBy(() -> assessor.assess(mrn, TestFilings.filing(TestFilings.item("Lamps", "940511"))))
                .isInstanceOfSatisfying(AssessmentFailedException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("TGT-900");
                    assertThat(e.file()).isEqualTo("targeting/loop.drl");
                    assertThat(e.getMessage()).contains("TGT-900", "targeting/loop.drl", "LRN-1", "it loops");
                });
    }

    @Test
    void ruleThatThrowsIsNamed() {
        String drl = HEADER + """
                rule "TGT-902 Divides by zero"
                when
                    $item : GoodsItemFact()
                then
                    insert(new RuleFinding(drools, $item, Outcome.INSPECT, "ratio " + (1 / ($item.getSequence() - 1))));
                end
                """;
        RuleSet ruleSet = compiler.compile(new RuleSources(Map.of("targeting/throws.drl",
                drl.getBytes(StandardCharsets.UTF_8))));
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(ruleSet), RepositoryRuleSet.CLOCK);

        assertThatThrownBy(() -> assessor.assess(mrn, TestFilings.filing(TestFilings.item("Lamps", "940511"))))
                .isInstanceOfSatisfying(AssessmentFailedException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("TGT-902");
                    assertThat(e.getMessage()).contains("ArithmeticException", "targeting/throws.drl");
                });
    }
}
