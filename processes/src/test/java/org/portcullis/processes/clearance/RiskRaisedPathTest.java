package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;

import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.pcs.ContainerStatus;

/** preArrivalClearance, path: sensor events raise the risk of a case being cleared (Event_RiskRaised). */
class RiskRaisedPathTest extends ClearanceProcessTest {

    @Test
    void raisedRiskReopensAClearedCaseTellsCarrierAndTerminalAndRefersIt() {
        world.openAndAssess(Outcome.RELEASE);
        assertThat(world.instance).isWaitingAt("Event_VesselArrived");

        world.assessedOutcome = Outcome.HOLD;
        boolean heard = world.clearance.raiseRisk(MRN, true);
        world.runSteps();

        assertThat(heard).isTrue();
        assertThat(world.instance).hasPassed("Event_RiskRaised", "Gateway_WasCleared", "Task_NotifyReopened")
                .isWaitingAt("Task_ReviewReferral");
        assertThat(world.notices.types()).containsExactly(NoticeType.ASSESSMENT_COMPLETE,
                NoticeType.ASSESSMENT_REOPENED);
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE);
    }

    @Test
    void raisedRiskWhileWithTheClerksReassessesWithoutTellingTheCarrier() {
        world.openAndAssess(Outcome.DOCUMENT_CHECK);
        assertThat(world.instance).isWaitingAt("Task_ReviewReferral");

        world.assessedOutcome = Outcome.HOLD;
        world.clearance.raiseRisk(MRN, false);

        assertThat(world.instance).hasPassed("Gateway_WasCleared").hasNotPassed("Task_NotifyReopened")
                .isWaitingAt("Task_AssessRisk");
        world.runSteps();
        assertThat(world.instance).isWaitingAt("Task_ReviewReferral");
        assertThat(world.notices.types()).isEmpty();
        assertThat(world.terminal.statuses()).isEmpty();
    }

    @Test
    void raisedRiskAfterTheReleaseIsNotHeard() {
        world.openAndAssess(Outcome.RELEASE);
        world.vesselArrives(ATA);

        assertThat(world.clearance.raiseRisk(MRN, true)).isFalse();
        assertThat(world.instance).isEnded();
    }
}
