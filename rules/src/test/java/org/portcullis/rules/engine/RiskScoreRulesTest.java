package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.TestFilings.item;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.risk.RiskReason;
import org.portcullis.model.risk.RiskScore;
import org.portcullis.model.risk.RiskScores;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.screening.RedressRegister;

/** The learned risk score is one more fact: rule TGT-020 decides what a score means. */
class RiskScoreRulesTest {

    private static final List<RiskReason> REASONS = List.of(
            new RiskReason("consignee_first_time", 1.4, "first consignment for the consignee"),
            new RiskReason("origin", 0.6, "loaded in BR"));

    private final Filing filing = TestFilings.filing(item("LED ceiling lamps, 230 V", "940511"));

    @Test
    void aScoreAboveOneHalfGetsTheConsignmentInspectedWithTheModelsReasons() {
        Assessment assessment = assessorScoring(0.83).assess(RepositoryRuleSet.unselectedMrn(filing), filing);

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("TGT-020");
        Finding finding = assessment.findings().get(0);
        assertThat(finding.outcome()).isEqualTo(Outcome.INSPECT);
        assertThat(finding.target().reference()).isEqualTo(TestFilings.BL);
        assertThat(finding.reason()).contains("m-0001", "83%",
                "first consignment for the consignee; loaded in BR");
        assertThat(assessment.consignments().get(0).outcome()).isEqualTo(Outcome.INSPECT);
    }

    @Test
    void aLowScoreRaisesNothing() {
        Assessment assessment = assessorScoring(0.2).assess(RepositoryRuleSet.unselectedMrn(filing), filing);

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void withoutALiveModelTheRulesAssessAlone() {
        Assessment assessment = RepositoryRuleSet.assessor(PartyHistory.NONE, RedressRegister.NONE)
                .assess(RepositoryRuleSet.unselectedMrn(filing), filing);

        assertThat(assessment.findings()).isEmpty();
    }

    private static DroolsFilingAssessor assessorScoring(double score) {
        RiskScores scores = (mrn, filed) -> filed.consignments().stream()
                .map(c -> new RiskScore(c.transportDocumentNumber(), score, "m-0001", REASONS)).toList();
        return new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()), RepositoryRuleSet.CLOCK,
                DroolsFilingAssessor.Sources.of((keys, mrn) -> Set.copyOf(keys), PersonHistory.NONE,
                        RedressRegister.NONE), scores);
    }
}
