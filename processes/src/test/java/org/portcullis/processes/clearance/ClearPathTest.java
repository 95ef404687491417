package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.CLERKS;
import static org.portcullis.processes.clearance.ClearanceFixture.ETA;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;

import java.util.Date;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.pcs.ContainerStatus;

/** preArrivalClearance, path: Clear: assessment complete -> notice -> wait for arrival -> release -> terminal notice per container. */
class ClearPathTest extends ClearanceProcessTest {

    @Test
    void clearedCaseIsNotifiedWaitsForTheVesselAndIsReleasedAtArrival() {
        world.openCase();
        assertThat(world.instance).isWaitingAt("Task_AssessRisk");
        world.runSteps();

        assertThat(world.instance).isWaitingAt("Event_VesselArrived").hasPassedInOrder("Task_AssessRisk",
                "Gateway_AssessmentOutcome", "Gateway_Cleared", "Task_NotifyCleared");
        assertThat(world.instance).variables().containsEntry("outcome", "RELEASE").containsEntry("lane", "GREEN")
                .containsEntry("ruleSetVersion", "v1").containsEntry("eta", Date.from(ETA));
        assertThat(world.notices.issued).containsExactly(new NoticesFake.Issued(MRN, NoticeType.ASSESSMENT_COMPLETE, null));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.ASSESSED);
        assertThat(world.terminal.announced).isEmpty();

        world.vesselArrives(ATA);

        assertThat(world.instance).hasPassedInOrder("Event_VesselArrived", "Task_Release", "Event_Released",
                "Event_CaseClosed").hasPassed("Event_ReleaseFollowsArrival").hasNotPassed("Task_HoldContainersNotCleared")
                .isEnded();
        assertThat(world.notices.types()).containsExactly(NoticeType.ASSESSMENT_COMPLETE, NoticeType.RELEASED);
        assertThat(world.terminal.announced).containsExactly(new TerminalFake.Announced(MRN, ContainerStatus.RELEASED));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.RELEASED);
    }

    @Test
    void firstAssessmentWritesNoEmptyVariablesForADecisionNotYetMade() {
        world.openCase();
        world.runSteps();

        assertThat(BpmnAwareTests.runtimeService().getVariables(world.instance.getId()))
                .containsKeys("outcome", "lane", "ruleSetVersion", "eta")
                .doesNotContainKeys("decision", "decisionReason", "decidedBy", "carrierMessage", "inspectionVerdict");
    }

    @Test
    void caseClearedAfterTheVesselArrivedIsHeldAtTheTerminalThenReleasedAtOnce() {
        world.assessedOutcome = Outcome.HOLD;
        world.openCase();
        world.vesselArrives(ATA);

        assertThat(world.instance).hasPassed("Task_HoldContainersNotCleared", "Event_ContainersHeldPendingClearance");
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE);
        assertThat(world.instance).variables().containsEntry("vesselArrivedAt", Date.from(ATA));
        assertThat(world.instance).isWaitingAt("Task_ReviewReferral");

        world.decide(ReferralDecision.RELEASE, "Licence checked", "Your export licence is in order");

        assertThat(world.instance).hasPassedInOrder("Task_NotifyCleared", "Event_VesselArrived", "Task_Release")
                .isEnded();
        assertThat(world.notices.issued).containsExactly(
                new NoticesFake.Issued(MRN, NoticeType.ASSESSMENT_COMPLETE, "Your export licence is in order"),
                new NoticesFake.Issued(MRN, NoticeType.RELEASED, "Your export licence is in order"));
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE,
                ContainerStatus.RELEASED);
    }

    @Test
    void holdForAnArrivalStillWaitingWhenTheCaseIsClearedAsksAgainAndHoldsNothing() {
        world.openAndAssess(Outcome.HOLD);
        world.clearance.vesselArrived(MRN, ATA);
        world.officers.decide(world.task().getId(), ReferralDecision.RELEASE, "Licence checked", null, "clerk",
                CLERKS);

        BpmnAwareTests.execute(BpmnAwareTests.job("Task_NotifyCleared", world.instance));
        BpmnAwareTests.execute(BpmnAwareTests.job("Task_Release", world.instance));
        BpmnAwareTests.execute(BpmnAwareTests.job("Gateway_ClearedAtArrival", world.instance));

        assertThat(world.instance).hasPassed("Event_ReleaseFollowsArrival").hasNotPassed("Task_HoldContainersNotCleared")
                .isEnded();
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.RELEASED);
    }

    @Test
    void caseFiledAfterItsVesselArrivedLearnsTheArrivalWhenOpened() {
        world.knownArrivals.put(MRN, ATA);
        world.openCase();
        world.runSteps();

        assertThat(world.instance).hasPassed("Task_HoldContainersNotCleared", "Task_NotifyCleared", "Task_Release")
                .isEnded();
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE,
                ContainerStatus.RELEASED);
    }

    @Test
    void missedArrivalReleasesACaseWaitingForItsVesselWithoutHavingHeardItOnce() {
        world.openAndAssess(Outcome.RELEASE);
        world.runSteps();
        assertThat(world.instance).isWaitingAt("Event_VesselArrived");

        assertThat(world.clearance.missedArrival(MRN, ATA)).isTrue();
        world.runSteps();

        assertThat(world.instance).hasPassedInOrder("Event_VesselArrived", "Task_Release").isEnded();
        assertThat(world.clearance.missedArrival(MRN, ATA)).isFalse();
        assertThat(world.notices.types()).containsExactly(NoticeType.ASSESSMENT_COMPLETE, NoticeType.RELEASED);
    }

    @Test
    void missedArrivalLeavesAloneACaseThatHeardTheArrivalAndIsNotWaitingAtTheEnd() {
        world.assessedOutcome = Outcome.HOLD;
        world.openCase();
        world.vesselArrives(ATA);
        assertThat(world.instance).isWaitingAt("Task_ReviewReferral");

        assertThat(world.clearance.missedArrival(MRN, ATA)).isFalse();

        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE);
    }

    @Test
    void arrivalIsHeardOnlyByACaseStillOpen() {
        world.openAndAssess(Outcome.RELEASE);

        assertThat(world.clearance.vesselArrived(ClearanceFixture.MRN, ATA)).isTrue();
        world.runSteps();
        assertThat(world.clearance.vesselArrived(ClearanceFixture.MRN, ATA)).isFalse();
    }
}
