package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;

import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;

/**
 * preArrivalClearance: what an officer's decision tells the carrier. The internal reason stays on the case file;
 * the carrier reads only the officer's message, and the notice and status say what was decided.
 */
class OfficerNoticesPathTest extends ClearanceProcessTest {

    private static final String INTERNAL = "Checked with the intelligence unit: consignee cleared";

    @Test
    void officersReleaseClearsTheCaseInLaneGreenWithoutTheInternalReason() {
        world.openAndAssess(Outcome.INSPECT);

        world.decide(ReferralDecision.RELEASE, INTERNAL);

        assertThat(world.instance).isWaitingAt("Event_VesselArrived");
        assertThat(world.notices.issued)
                .containsExactly(new NoticesFake.Issued(MRN, NoticeType.ASSESSMENT_COMPLETE, null));
        assertThat(world.notices.lanes).containsExactly(Lane.GREEN);
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.CLEARED);
        assertThat(world.caseFiles.decisions).singleElement().satisfies(decision -> {
            assertThat(decision.reason()).isEqualTo(INTERNAL);
            assertThat(decision.carrierMessage()).isNull();
        });

        world.vesselArrives(ClearanceProcessTest.ATA);

        assertThat(world.notices.issued).last().isEqualTo(new NoticesFake.Issued(MRN, NoticeType.RELEASED, null));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.RELEASED);
    }

    @Test
    void documentaryCheckTellsTheCarrierTheMessageInLaneYellow() {
        world.openAndAssess(Outcome.HOLD);

        world.decide(ReferralDecision.DOCUMENT_CHECK, INTERNAL, "Send the certificate of origin");

        assertThat(world.notices.issued).containsExactly(new NoticesFake.Issued(MRN, NoticeType.CONTROL_NOTIFIED,
                "Documentary check: Send the certificate of origin"));
        assertThat(world.notices.lanes).containsExactly(Lane.YELLOW);
    }

    @Test
    void holdWithoutAMessageSendsNoReason() {
        world.openAndAssess(Outcome.HOLD);

        world.decide(ReferralDecision.HOLD, INTERNAL);

        assertThat(world.notices.issued).containsExactly(new NoticesFake.Issued(MRN, NoticeType.HELD, null));
    }

    @Test
    void requestForInformationWithoutAQuestionIsRefused() {
        world.openAndAssess(Outcome.REQUEST_INFORMATION);
        String taskId = world.task().getId();

        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.REQUEST_INFORMATION, INTERNAL, " ",
                "clerk", ClearanceFixture.CLERKS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question");
        assertThat(world.instance).isWaitingAt("Task_ReviewReferral");
        assertThat(world.caseFiles.decisions).isEmpty();
    }

    @Test
    void rulesClearanceStaysAssessed() {
        world.openAndAssess(Outcome.RELEASE);

        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.ASSESSED);
        assertThat(world.notices.lanes).containsExactly(Lane.GREEN);
    }
}
