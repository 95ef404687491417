package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.RepositoryRuleSet.assess;
import static org.portcullis.rules.engine.TestFilings.BL;
import static org.portcullis.rules.engine.TestFilings.dangerousItem;
import static org.portcullis.rules.engine.TestFilings.filing;
import static org.portcullis.rules.engine.TestFilings.item;
import static org.portcullis.rules.engine.TestFilings.party;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.TargetKind;

/** The validation and targeting rules on small filings: which rule ids fire, which do not, and the outcome. */
class CargoRulesTest {

    @Test
    void plainlyDescribedOrdinaryGoodsRaiseNoFindingAndGoGreen() {
        Assessment assessment = assess(filing(item("LED ceiling lamps, 230 V", "940511")));

        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(assessment.lane()).isEqualTo(Lane.GREEN);
        assertThat(assessment.ruleSetVersion()).hasSize(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"General cargo", "FAK", "consolidated", "  Various goods. ", "SAID TO CONTAIN"})
    void vagueGoodsDescriptionRequestsInformation(String description) {
        Assessment assessment = assess(filing(item(description, "940511")));

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
        Assessment assessment = assess(filing(item("Spare parts for Volvo FH trucks: brake discs", "870830")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).doesNotContain("VAL-001");
    }

    @Test
    void armsAndAmmunitionAreInspected() {
        Assessment assessment = assess(filing(item("Cartridges for hunting rifles, 7.62 mm", "930630")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-001");
        assertThat(assessment.outcome()).isEqualTo(Outcome.INSPECT);
        assertThat(assessment.lane()).isEqualTo(Lane.RED);
        assertThat(assessment.findings().get(0).reason()).contains("930630", "chapter 93");
        assertThat(assessment.findings().get(0).carrierVisible()).isFalse();
    }

    @Test
    void explosivesWithoutUnNumberMustNotBeLoaded() {
        Assessment assessment = assess(filing(item("Fireworks, consumer display shells", "360410")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-008", "VAL-002");
        assertThat(assessment.outcome()).isEqualTo(Outcome.DO_NOT_LOAD);
        assertThat(assessment.lane()).isEqualTo(Lane.RED);
        assertThat(assessment.findings().get(0).reason()).contains("360410", "chapter 36", "no UN number");
    }

    @Test
    void dangerousGoodsCommodityWithoutUnNumberGetsDocumentCheck() {
        Assessment assessment = assess(filing(item("Diesel fuel in drums", "27101943")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("VAL-002");
        assertThat(assessment.outcome()).isEqualTo(Outcome.DOCUMENT_CHECK);
    }

    @Test
    void dangerousGoodsCommodityWithUnNumberAndHazardClassRaisesNothing() {
        Assessment assessment = assess(filing(dangerousItem("Diesel fuel in drums", "27101943", "1202")));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void dangerousGoodsWithoutHazardClassRequestInformation() {
        Assessment assessment = assess(filing(dangerousItem("Diesel fuel in drums", "27101943", "1202", null)));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("VAL-005");
        assertThat(assessment.findings().get(0).reason()).contains("UN 1202");
    }

    @Test
    void grossMassOfZeroAndImplausibleMassPerPackageGetDocumentCheck() {
        assertThat(assess(filing(item("LED lamps", "940511", 10, "0", TestFilings.CONTAINER))).findings())
                .extracting(Finding::ruleId).containsExactly("VAL-003");
        Assessment heavy = assess(filing(item("LED lamps", "940511", 2, "70000", TestFilings.CONTAINER)));
        assertThat(heavy.findings()).extracting(Finding::ruleId).containsExactly("VAL-007");
        assertThat(heavy.findings().get(0).reason()).contains("35000.000 kg per package");
        assertThat(assess(filing(item("LED lamps", "940511", 2, "29000", TestFilings.CONTAINER))).findings())
                .isEmpty();
    }

    @Test
    void containerWithoutGoodsAndGoodsInUndeclaredContainerRequestInformation() {
        Assessment assessment = assess(filing(item("LED lamps", "940511", 10, "1000", "TGHU0000008")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("VAL-004", "VAL-006");
        assertThat(assessment.findings()).filteredOn(f -> f.ruleId().equals("VAL-004")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains(TestFilings.CONTAINER, BL));
        assertThat(assessment.findings()).filteredOn(f -> f.ruleId().equals("VAL-006")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("TGHU0000008"));
    }

    @Test
    void consigneeOnWatchlistIsHeldEvenWhenSpelledDifferently() {
        Assessment assessment = assess(filing(item("LED ceiling lamps", "940511"),
                party("Shenzhen Bright Lamps Co", "CN"), party("BLACKWATER MARITIME TRADING, L.L.C.", "AE")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-002");
        assertThat(assessment.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(assessment.findings().get(0).reason()).contains("WL-0001", "cargo-watchlist", "country AE agrees");
        assertThat(assessment.screeningMatches()).singleElement()
                .satisfies(match -> assertThat(match.entryId()).isEqualTo("WL-0001"));
    }

    @Test
    void consigneeWithTypoAndWordsSwappedIsStillHeld() {
        Assessment assessment = assess(filing(item("LED ceiling lamps", "940511"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Maritime Blackwatr Trading", "AE")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-002");
    }

    @Test
    void listedNameInAnotherCountryIsNotAMatch() {
        Assessment assessment = assess(filing(item("LED ceiling lamps", "940511"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Blackwater Maritime Trading LLC", "US")));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void consignorOnWatchlistIsInspected() {
        Assessment assessment = assess(filing(item("LED ceiling lamps", "940511"),
                party("Orion Star Logistics Limited", "HK"), party("Holland Lighting BV", "NL")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-003");
    }

    @Test
    void consignmentLoadedAtListedPortAndShipThatCalledThereGetDocumentCheck() {
        var consignment = TestFilings.consignment(BL, "IRBND", item("Pistachios", "080251"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Holland Lighting BV", "NL"));
        Assessment assessment = assess(filing(consignment, List.of("SGSIN", "SYLTK")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("TGT-004", "TGT-005");
        assertThat(assessment.findings()).filteredOn(f -> f.ruleId().equals("TGT-005")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("SYLTK", "Syria"));
        assertThat(assessment.outcome()).isEqualTo(Outcome.DOCUMENT_CHECK);
    }

    @Test
    void firstTimeShipperGetsDocumentCheckUnlessSeenBeforeOrAKnownTrader() {
        var filing = filing(item("LED ceiling lamps", "940511"), party("Brand New Exports Ltd", "VN"),
                party("Holland Lighting BV", "NL"));
        var noHistory = RepositoryRuleSet.assessor((keys, mrn) -> java.util.Set.of(),
                org.portcullis.rules.screening.RedressRegister.NONE);

        Assessment first = noHistory.assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.unselectedMrn(filing), filing);
        assertThat(first.findings()).extracting(Finding::ruleId).containsExactly("TGT-006");
        assertThat(first.findings().get(0).reason()).contains("Brand New Exports Ltd", "VN");

        var knownTrader = filing(item("LED ceiling lamps", "940511"));
        assertThat(noHistory.assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.unselectedMrn(knownTrader),
                knownTrader).findings()).isEmpty();
        assertThat(assess(filing).findings()).isEmpty();
    }

    @Test
    void originAndChapterProfileOfTheDecisionTableGivesItsLane() {
        var bananas = TestFilings.consignment(BL, "ECGYE", item("Fresh bananas", "080390"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Holland Lighting BV", "NL"));
        Assessment red = assess(filing(bananas, List.of()));
        assertThat(red.findings()).extracting(Finding::ruleId).containsExactly("TGT-101");
        assertThat(red.lane()).isEqualTo(Lane.RED);
        assertThat(red.findings().get(0).reason()).contains("chapter 8", "EC", "RED");

        var toys = TestFilings.consignment(BL, "CNSZX", item("Plastic building blocks", "950300"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Holland Lighting BV", "NL"));
        Assessment yellow = assess(filing(toys, List.of()));
        assertThat(yellow.findings()).extracting(Finding::ruleId).containsExactly("TGT-105");
        assertThat(yellow.outcome()).isEqualTo(Outcome.DOCUMENT_CHECK);

        var bananasFromPanama = TestFilings.consignment(BL, "PAMIT", item("Fresh bananas", "080390"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Holland Lighting BV", "NL"));
        assertThat(assess(filing(bananasFromPanama, List.of())).findings()).isEmpty();
    }

    @Test
    void usedTyresLoadedOutsideTheEuGetDocumentCheck() {
        var lagos = TestFilings.consignment(BL, "NGLOS", item("Used car tyres", "401220"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Holland Lighting BV", "NL"));
        var hamburg = TestFilings.consignment(BL, "DEHAM", item("Used car tyres", "401220"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Holland Lighting BV", "NL"));

        Assessment fromLagos = assess(filing(lagos, List.of()));
        assertThat(fromLagos.findings()).extracting(Finding::ruleId).containsExactly("TGT-007");
        assertThat(fromLagos.findings().get(0).reason()).contains("401220", "NG");
        assertThat(assess(filing(hamburg, List.of())).findings()).isEmpty();
    }

    @Test
    void strongestOutcomeDecidesAndFindingsComeStrongestFirst() {
        Assessment assessment = assess(filing(item("General cargo", "930630"),
                party("Shenzhen Bright Lamps Co", "CN"), party("Blackwater Maritime Trading LLC", "AE")));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-002", "TGT-001", "VAL-001");
        assertThat(assessment.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(assessment.lane()).isEqualTo(Lane.RED);
    }
}
