package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.TestFilings.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.value.Mrn;
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
    void theModelIsGivenTheLaneTheRulesAloneGaveAndTheAssessmentRecordsItBesideTheLaneTheScoreLedTo() {
        Filing arms = TestFilings.filing(item("General cargo", "930630"));
        List<Map<String, Lane>> given = new ArrayList<>();
        RiskScores scores = new RiskScores() {
            @Override
            public List<RiskScore> of(Mrn mrn, Filing filed) {
                throw new AssertionError("the assessment must hand the model the rules' lanes");
            }

            @Override
            public List<RiskScore> of(Mrn mrn, Filing filed, Map<String, Lane> rulesLanes) {
                given.add(rulesLanes);
                return filed.consignments().stream()
                        .map(c -> new RiskScore(c.transportDocumentNumber(), 0.83, "m-0001", REASONS)).toList();
            }
        };

        Assessment lamps = assessor(scores).assess(RepositoryRuleSet.unselectedMrn(filing), filing);
        Assessment guns = assessor(scores).assess(RepositoryRuleSet.unselectedMrn(arms), arms);

        assertThat(given).containsExactly(Map.of(TestFilings.BL, Lane.GREEN), Map.of(TestFilings.BL, Lane.RED));
        assertThat(lamps.consignments().get(0).lane()).isEqualTo(Lane.RED);
        assertThat(lamps.consignments().get(0).rulesLane()).isEqualTo(Lane.GREEN);
        assertThat(guns.consignments().get(0).rulesLane()).isEqualTo(Lane.RED);
    }

    @Test
    void randomSelectionIsNotPartOfTheLaneTheRulesAloneGave() {
        List<Map<String, Lane>> given = new ArrayList<>();
        RiskScores scores = new RiskScores() {
            @Override
            public List<RiskScore> of(Mrn mrn, Filing filed) {
                return List.of();
            }

            @Override
            public List<RiskScore> of(Mrn mrn, Filing filed, Map<String, Lane> rulesLanes) {
                given.add(rulesLanes);
                return List.of();
            }
        };

        Assessment drawn = assessor(scores).assess(RepositoryRuleSet.selectedMrn(filing), filing);

        assertThat(drawn.findings()).extracting(Finding::ruleId).containsExactly("SEL-001");
        assertThat(drawn.consignments().get(0).lane()).isEqualTo(Lane.YELLOW);
        assertThat(drawn.consignments().get(0).rulesLane()).isEqualTo(Lane.GREEN);
        assertThat(given).containsExactly(Map.of(TestFilings.BL, Lane.GREEN));
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
        return assessor((mrn, filed) -> filed.consignments().stream()
                .map(c -> new RiskScore(c.transportDocumentNumber(), score, "m-0001", REASONS)).toList());
    }

    private static DroolsFilingAssessor assessor(RiskScores scores) {
        return new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()), RepositoryRuleSet.CLOCK,
                DroolsFilingAssessor.Sources.of((keys, mrn) -> Set.copyOf(keys), PersonHistory.NONE,
                        RedressRegister.NONE), scores);
    }
}
