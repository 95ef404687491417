package org.portcullis.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    @Test
    void outcomesAreOrderedByStrength() {
        assertThat(Outcome.DO_NOT_LOAD.isStrongerThan(Outcome.HOLD)).isTrue();
        assertThat(Outcome.HOLD.isStrongerThan(Outcome.INSPECT)).isTrue();
        assertThat(Outcome.INSPECT.isStrongerThan(Outcome.DOCUMENT_CHECK)).isTrue();
        assertThat(Outcome.DOCUMENT_CHECK.isStrongerThan(Outcome.REFER)).isTrue();
        assertThat(Outcome.REFER.isStrongerThan(Outcome.REQUEST_INFORMATION)).isTrue();
        assertThat(Outcome.REQUEST_INFORMATION.isStrongerThan(Outcome.RELEASE)).isTrue();
        assertThat(Outcome.REFER.lane()).isEqualTo(Lane.YELLOW);
    }

    @Test
    void assessmentWithoutFindingsReleasesInGreenLane() {
        Assessment assessment = Assessment.of(List.of(), "abc", Instant.EPOCH);

        assertThat(assessment.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(assessment.lane()).isEqualTo(Lane.GREEN);
    }

    @Test
    void strongestFindingSetsOutcomeAndLane() {
        Target item = new Target(TargetKind.GOODS_ITEM, "BL1 item 1");
        List<Finding> findings = List.of(
                new Finding("VAL-001", "Vague", item, Outcome.REQUEST_INFORMATION, "vague", true),
                new Finding("TGT-001", "Arms", item, Outcome.INSPECT, "arms", false));

        Assessment assessment = Assessment.of(findings, "abc", Instant.EPOCH);

        assertThat(assessment.outcome()).isEqualTo(Outcome.INSPECT);
        assertThat(assessment.lane()).isEqualTo(Lane.RED);
        assertThat(assessment.carrierVisibleFindings()).extracting(Finding::ruleId).containsExactly("VAL-001");
    }
}
