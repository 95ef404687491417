package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;

import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseClosedException;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.pcs.ContainerStatus;

/** preArrivalClearance, path: Amendment and cancellation at any point before release. */
class AmendmentAndCancellationPathTest extends ClearanceProcessTest {

    @Test
    void amendmentWhileWaitingForAClerkWithdrawsTheTaskAndReassessesTheNewVersion() {
        world.openAndAssess(Outcome.HOLD);

        world.assessedOutcome = Outcome.RELEASE;
        world.clearance.amend(MRN);

        assertThat(world.instance).isWaitingAt("Task_AssessRisk").hasPassed("Event_FilingAmended");
        assertThat(processEngine.getTaskService().createTaskQuery().count()).isZero();
        assertThat(processEngine.getManagementService().createJobQuery().timers().count()).isZero();
        world.runSteps();
        assertThat(world.instance).hasPassed("Task_NotifyCleared").isWaitingAt("Event_VesselArrived");
    }

    @Test
    void amendmentWhileWaitingForArrivalClearsTheNewVersionAgain() {
        world.openAndAssess(Outcome.RELEASE);

        world.assessedOutcome = Outcome.INSPECT;
        world.clearance.amend(MRN);
        world.runSteps();

        assertThat(world.instance).isWaitingAt("Task_ReviewReferral");
        world.vesselArrives(ATA);
        assertThat(world.instance).hasPassed("Task_HoldContainersNotCleared").isWaitingAt("Task_ReviewReferral");
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE);
    }

    @Test
    void cancellationWhileWaitingForArrivalEndsTheCase() {
        world.openAndAssess(Outcome.RELEASE);

        world.clearance.cancel(MRN);
        world.runSteps();

        assertThat(world.instance).hasPassed("Task_RecordCancellation", "Event_CaseCancelled").isEnded();
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.CANCELLED);
    }

    @Test
    void amendmentOrCancellationAfterTheReleaseIsRefused() {
        world.openAndAssess(Outcome.RELEASE);
        world.vesselArrives(ATA);
        assertThat(world.instance).isEnded();

        assertThatThrownBy(() -> world.clearance.amend(MRN)).isInstanceOf(CaseClosedException.class);
        assertThatThrownBy(() -> world.clearance.cancel(MRN)).isInstanceOf(CaseClosedException.class);
    }
}
