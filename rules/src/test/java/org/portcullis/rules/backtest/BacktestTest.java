package org.portcullis.rules.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.engine.TestFilings;

/** A backtest reports each filing that cannot be assessed and goes on with the others. */
class BacktestTest {

    private static final String THROWS_ON_DETONATORS = """
            // Purpose:     test
            // Legal basis: test
            // Owner:       test
            // Last review: 2026-11-29
            package targeting;
            import org.portcullis.rules.fact.GoodsItemFact;
            rule "TGT-950 Fails on detonators"
            when
                $item : GoodsItemFact( description == "Detonators" )
            then
                throw new IllegalStateException("cannot handle " + $item.getDescription());
            end
            """;

    private final RuleSet failing = new RuleSetCompiler(RepositoryRuleSet.CLOCK).compile(new RuleSources(Map.of(
            "targeting/fails.drl", THROWS_ON_DETONATORS.getBytes(StandardCharsets.UTF_8))));
    private final RuleSet repository = RepositoryRuleSet.ruleSet();
    private final Backtest backtest = new Backtest(new DroolsFilingAssessor(new LiveRuleSet(repository),
            RepositoryRuleSet.CLOCK));
    private final List<StoredFiling> filings = List.of(
            new StoredFiling(mrn(1), TestFilings.filing(TestFilings.item("Detonators", "360300"))),
            new StoredFiling(mrn(2), TestFilings.filing(TestFilings.item("LED ceiling lamps, 230 V", "940511"))));

    @Test
    void filingThatFailsUnderTheLiveRuleSetIsReportedAndTheOthersAreCompared() {
        BacktestReport report = backtest.run(failing, repository, filings);

        assertThat(report.filingCount()).isEqualTo(2);
        assertThat(report.changedFilings()).filteredOn(f -> f.error() != null).singleElement().satisfies(f -> {
            assertThat(f.mrn()).isEqualTo(mrn(1).value());
            assertThat(f.error()).contains("live rule set", "TGT-950", "targeting/fails.drl");
            assertThat(f.liveOutcome()).isNull();
        });
    }

    @Test
    void filingThatFailsUnderTheDraftIsReportedWithTheDraftNamed() {
        BacktestReport report = backtest.run(repository, failing, filings);

        assertThat(report.changedFilings()).filteredOn(f -> f.error() != null).singleElement()
                .satisfies(f -> assertThat(f.error()).contains("draft rule set", "TGT-950"));
    }

    private static Mrn mrn(long serial) {
        return Mrn.issue(26, CountryCode.of("NL"), serial);
    }
}
