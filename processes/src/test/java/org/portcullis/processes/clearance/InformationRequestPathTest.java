package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;
import static org.portcullis.processes.clearance.ClearanceFixture.NOW;

import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseClosedException;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;

/** preArrivalClearance, path: Request for information. */
class InformationRequestPathTest extends ClearanceProcessTest {

    @Test
    void requestForInformationAsksTheCarrierAndTheAnswerTriggersReassessment() {
        world.openAndAssess(Outcome.REQUEST_INFORMATION);
        world.decide(ReferralDecision.REQUEST_INFORMATION, "Lamps may be dual-use", "What are the lamps made of?");

        assertThat(world.instance).isWaitingAt("Gateway_AwaitAnswer");
        assertThat(world.notices.issued).containsExactly(
                new NoticesFake.Issued(MRN, NoticeType.INFORMATION_REQUESTED, "What are the lamps made of?"));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.INFORMATION_REQUESTED);

        world.assessedOutcome = Outcome.RELEASE;
        world.clearance.provideInformation(MRN, "Brass and glass");

        assertThat(world.instance).isWaitingAt("Task_AssessRisk").variables()
                .containsEntry("informationAnswer", "Brass and glass");
        assertThat(world.controls.answers).containsExactly(new ControlRecordsFake.Answer(MRN, "Brass and glass", NOW));
        world.runSteps();
        assertThat(world.instance).hasPassedInOrder("Task_NotifyInformationRequest", "Event_InformationProvided",
                "Task_AssessRisk", "Task_NotifyCleared").isWaitingAt("Event_VesselArrived");
        assertThat(world.instance).variables().containsEntry("decisionReason", null);
        assertThat(world.notices.issued).last()
                .isEqualTo(new NoticesFake.Issued(MRN, NoticeType.ASSESSMENT_COMPLETE, null));
    }

    @Test
    void noAnswerByTheDeadlineSendsTheCaseBackToReferral() {
        world.openAndAssess(Outcome.REQUEST_INFORMATION);
        world.decide(ReferralDecision.REQUEST_INFORMATION, "Lamps may be dual-use", "What are the lamps made of?");

        world.fireTimer("Event_AnswerDeadline", ANSWER_DEADLINE.plusSeconds(1));

        assertThat(world.instance).hasPassedInOrder("Event_AnswerDeadline", "Task_RecordNoAnswer")
                .isWaitingAt("Task_ReviewReferral");
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.REFERRED);
        assertThatThrownBy(() -> world.clearance.provideInformation(MRN, "too late"))
                .isInstanceOf(CaseClosedException.class);
        assertThat(world.controls.answers).isEmpty();
    }
}
