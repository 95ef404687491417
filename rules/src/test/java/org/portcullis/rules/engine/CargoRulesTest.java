package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.TestFilings.dangerousItem;
import static org.portcullis.rules.engine.TestFilings.filing;
import static org.portcullis.rules.engine.TestFilings.item;
import static org.portcullis.rules.engine.TestFilings.party;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.TargetKind;

/** The repository's rule set on small filings: which rule ids fire, which do not, and the outcome they give. */
class CargoRulesTest {

    private static DroolsFilingAssessor assessor;

    @BeforeAll
    static void compileRepositoryRuleSet() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
        RuleSet ruleSet = new RuleSetCompiler(clock).compile(RuleSources.fromDirectory(Path.of("ruleset")));
        assessor = new DroolsFilingAssessor(new LiveRuleSet(ruleSet), clock);
    }

    @Test
    void plainlyDescribedOrdinaryGoodsRaiseNoFindingAndGoGreen() {
        Assessment assessment = assessor.assess(filing(item("LED ceiling lamps, 230 V", "940511")));

        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(assessment.lane()).isEqualTo(Lane.GREEN);
        assertThat(assessment.ruleSetVersion()).hasSize(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"General cargo", "FAK", "consolidated", "  Various goods. ", "SAID TO CONTAIN"})
    void vagueGoodsDescriptionRequestsInformation(String description) {
        Assessment assessment = assessor.assess(filing(item(description, "940511")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("VAL-001");
        assertThat(assessment.outcome()).isEqualTo(Outcome.REQUEST_INFORMATION);
        assertThat(assessment.lane()).isEqualTo(Lane.YELLOW);
        Finding finding = assessment.findings().get(0);
        assertThat(finding.reason()).contains(description);
        assertThat(finding.target().kind()).isEqualTo(TargetKind.GOODS_ITEM);
        assertThat(finding.target().reference()).isEqualTo("MEDU1234567 item 1");
        assertThat(finding.carrierVisible()).isTrue();
    }

    @Test
    void descriptionThatOnlyContainsAVagueWordIsNotVague() {
        Assessment assessment = assessor.assess(filing(item("Spare parts for Volvo FH trucks: brake discs", "870830")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).doesNotContain("VAL-001");
    }

    @Test
    void armsAndAmmunitionAreInspected() {
        Assessment assessment = assessor.assess(filing(item("Cartridges for hunting rifles, 7.62 mm", "930630")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-001");
        assertThat(assessment.outcome()).isEqualTo(Outcome.INSPECT);
        assertThat(assessment.lane()).isEqualTo(Lane.RED);
        assertThat(assessment.findings().get(0).reason()).contains("930630", "chapter 93");
        assertThat(assessment.findings().get(0).carrierVisible()).isFalse();
    }

    @Test
    void dangerousGoodsCommodityWithoutUnNumberGetsDocumentCheck() {
        Assessment assessment = assessor.assess(filing(item("Diesel fuel in drums", "27101943")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("VAL-002");
        assertThat(assessment.outcome()).isEqualTo(Outcome.DOCUMENT_CHECK);
    }

    @Test
    void dangerousGoodsCommodityWithUnNumberRaisesNothing() {
        Assessment assessment = assessor.assess(filing(dangerousItem("Diesel fuel in drums", "27101943", "1202")));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void consigneeOnWatchlistIsHeldEvenWhenSpelledDifferently() {
        Assessment assessment = assessor.assess(filing(item("LED ceiling lamps", "940511"),
                party("Shenzhen Bright Lamps Co", "CN"), party("BLACKWATER MARITIME TRADING, L.L.C.", "AE")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-002");
        assertThat(assessment.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(assessment.findings().get(0).reason()).contains("WL-0001", "parties");
    }

    @Test
    void listedNameInAnotherCountryIsNotAMatch() {
        Assessment assessment = assessor.assess(filing(item("LED ceiling lamps", "940511"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Blackwater Maritime Trading LLC", "US")));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void consignorOnWatchlistIsInspected() {
        Assessment assessment = assessor.assess(filing(item("LED ceiling lamps", "940511"),
                party("Orion Star Logistics Limited", "HK"), party("Holland Lighting BV", "NL")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-003");
    }

    @Test
    void strongestOutcomeDecidesAndFindingsComeStrongestFirst() {
        Assessment assessment = assessor.assess(filing(item("General cargo", "930630"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Blackwater Maritime Trading LLC", "AE")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-002", "TGT-001", "VAL-001");
        assertThat(assessment.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(assessment.lane()).isEqualTo(Lane.RED);
    }
}
