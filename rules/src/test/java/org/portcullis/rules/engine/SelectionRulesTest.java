package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.TestFilings.item;
import static org.portcullis.rules.engine.TestFilings.party;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.ConsignmentOutcome;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.fact.RandomSelection;
import org.portcullis.rules.screening.RedressRegister;

/** Selection: one outcome per consignment and per filing (strongest wins), and the random selection. */
class SelectionRulesTest {

    private final DroolsFilingAssessor assessor = RepositoryRuleSet.assessor(PartyHistory.NONE, RedressRegister.NONE);

    @Test
    void eachConsignmentGetsTheStrongestOutcomeOfItsOwnFindingsAndTheFilingTheStrongestOfAll() {
        Filing filing = TestFilings.filing(List.of(
                consignment("BL-GREEN", "LED ceiling lamps", "940511"),
                consignment("BL-VAGUE", "General cargo", "940511"),
                consignment("BL-ARMS", "General cargo", "930630")));

        Assessment assessment = assessor.assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.unselectedMrn(filing),
                filing);

        assertThat(assessment.consignments()).extracting(ConsignmentOutcome::transportDocumentNumber,
                ConsignmentOutcome::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BL-GREEN", Outcome.RELEASE),
                        org.assertj.core.groups.Tuple.tuple("BL-VAGUE", Outcome.REQUEST_INFORMATION),
                        org.assertj.core.groups.Tuple.tuple("BL-ARMS", Outcome.INSPECT));
        assertThat(assessment.consignments().get(2).lane()).isEqualTo(Lane.RED);
        assertThat(assessment.outcome()).isEqualTo(Outcome.INSPECT);
    }

    @Test
    void randomSelectionDrawsAGreenConsignmentReproduciblyUnderTheSameMrn() {
        Filing filing = TestFilings.filing(item("LED ceiling lamps, 230 V", "940511"));
        Mrn drawn = RepositoryRuleSet.selectedMrn(filing);

        Assessment first = assessor.assess(RepositoryRuleSet.ruleSet(), drawn, filing);
        Assessment again = assessor.assess(RepositoryRuleSet.ruleSet(), drawn, filing);

        assertThat(first.findings()).extracting(Finding::ruleId).containsExactly("SEL-001");
        assertThat(first.findings().get(0).reason()).contains("random selection", "3%");
        assertThat(first.lane()).isEqualTo(Lane.YELLOW);
        assertThat(again.findings()).isEqualTo(first.findings());
        assertThat(assessor.assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.unselectedMrn(filing), filing)
                .findings()).isEmpty();
    }

    @Test
    void randomSelectionStandsAsideWhenAnotherRuleSpeaksAboutTheConsignment() {
        Filing filing = TestFilings.filing(item("General cargo", "940511"));

        Assessment assessment = assessor.assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.selectedMrn(filing),
                filing);

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("VAL-001");
    }

    @Test
    void randomSelectionDrawsAboutTheConfiguredShare() {
        RandomSelection selection = new RandomSelection(Mrn.issue(26, CountryCode.of("NL"), 42).value(), 0.03);
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            if (selection.selects("BL" + i)) {
                drawn.add("BL" + i);
            }
        }

        assertThat(drawn.size()).isBetween(2_700, 3_300);
        assertThat(selection.getRateText()).isEqualTo("3%");
    }

    private static Consignment consignment(String bl, String description, String hsCode) {
        return TestFilings.consignment(bl, "CNSZX", item(description, hsCode), party("Shenzhen Bright Lamps Co", "CN"),
                party("Holland Lighting BV", "NL"));
    }
}
