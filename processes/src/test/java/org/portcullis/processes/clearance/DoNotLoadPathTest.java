package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.pcs.ContainerStatus;

/** preArrivalClearance, path: Do not load. */
class DoNotLoadPathTest extends ClearanceProcessTest {

    @Test
    void doNotLoadWaitsForAnAmendmentThatIsReassessed() {
        world.openAndAssess(Outcome.DO_NOT_LOAD);

        assertThat(world.instance).isWaitingAt("Event_VesselDepartedNotLoaded").hasNotPassed("Task_ReviewReferral");
        assertThat(world.notices.types()).containsExactly(NoticeType.DO_NOT_LOAD);
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.DO_NOT_LOAD);

        world.assessedOutcome = Outcome.RELEASE;
        world.clearance.amend(MRN);
        world.runSteps();

        assertThat(world.instance).hasPassed("Event_FilingAmended").isWaitingAt("Event_VesselArrived");
        assertThat(world.notices.types()).containsExactly(NoticeType.DO_NOT_LOAD, NoticeType.ASSESSMENT_COMPLETE);
    }

    @Test
    void doNotLoadEndsWithACancellation() {
        world.openAndAssess(Outcome.DO_NOT_LOAD);

        world.clearance.cancel(MRN);
        world.runSteps();

        assertThat(world.instance).hasPassedInOrder("Event_FilingCancelled", "Task_RecordCancellation",
                "Event_CaseCancelled").isEnded();
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.CANCELLED);
    }

    @Test
    void doNotLoadCaseArrivingIsHeldAndClosesWhenTheVesselDeparts() {
        world.openAndAssess(Outcome.DO_NOT_LOAD);
        world.vesselArrives(ATA);
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE);

        assertThat(world.clearance.vesselDeparted(MRN, ATA.plus(Duration.ofDays(1)))).isTrue();

        assertThat(world.instance).hasPassedInOrder("Event_VesselDepartedNotLoaded", "Event_PortCallOverNotLoaded",
                "Event_CaseClosed").isEnded();
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.DO_NOT_LOAD);
    }

    @Test
    void departureIsIgnoredByCasesThatDoNotWaitForIt() {
        world.openAndAssess(Outcome.HOLD);

        assertThat(world.clearance.vesselDeparted(MRN, ATA)).isFalse();
        assertThat(world.instance).isWaitingAt("Task_ReviewReferral");
    }
}
