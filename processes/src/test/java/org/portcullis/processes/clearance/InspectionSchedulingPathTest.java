package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.CLERKS;
import static org.portcullis.processes.clearance.ClearanceFixture.ETA;
import static org.portcullis.processes.clearance.ClearanceFixture.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.ReferralDecision;

/** preArrivalClearance, path: Inspection, the time it is scheduled for and the deadline of its result. */
class InspectionSchedulingPathTest extends ClearanceProcessTest {

    @Test
    void inspectionTimeThatHasPassedIsRefusedAndNothingIsScheduled() {
        orderInspection();
        String taskId = world.task().getId();

        assertThatThrownBy(() -> world.officers.scheduleInspection(taskId, new InspectionPlan("Scanner",
                NOW.minus(Duration.ofDays(4)), "clerk2", true), "clerk", CLERKS))
                .isInstanceOfSatisfying(InspectionTimeException.class,
                        refused -> assertThat(refused.problem()).isEqualTo(InspectionTimeException.Problem.PASSED));

        assertThat(world.instance).isWaitingAt("Task_ScheduleInspection");
        assertThat(world.controls.orders).isEmpty();
        assertThat(world.notices.issued).isEmpty();
    }

    @Test
    void inspectionBeforeTheVesselsArrivalIsRefusedUnlessTheClerkMeansIt() {
        orderInspection();
        String taskId = world.task().getId();
        Instant beforeArrival = ETA.minus(Duration.ofHours(3));

        assertThatThrownBy(() -> world.officers.scheduleInspection(taskId, new InspectionPlan("On board",
                beforeArrival, "clerk2", false), "clerk", CLERKS))
                .isInstanceOfSatisfying(InspectionTimeException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(InspectionTimeException.Problem.BEFORE_ARRIVAL);
                    assertThat(refused.limit()).isEqualTo(ETA);
                });
        assertThat(world.controls.orders).isEmpty();

        world.officers.scheduleInspection(taskId, new InspectionPlan("On board", beforeArrival, "clerk2", true),
                "clerk", CLERKS);
        world.runSteps();

        assertThat(world.instance).isWaitingAt("Task_RecordInspectionResult");
        assertThat(world.controls.orders).singleElement()
                .satisfies(order -> assertThat(order.scheduledFor()).isEqualTo(beforeArrival));
    }

    @Test
    void inspectionResultIsDueAfterTheScheduledTimeNotBeforeTheEta() {
        orderInspection();
        Instant scheduledFor = ETA.plus(Duration.ofHours(20));

        world.officers.scheduleInspection(world.task().getId(), new InspectionPlan("Terminal scanner", scheduledFor,
                "clerk2", false), "clerk", CLERKS);
        world.runSteps();

        assertThat(world.task().getDueDate()).isEqualTo(Date.from(scheduledFor.plus(Duration.ofHours(4))));
    }

    @Test
    void inspectionNoticeGivesPlaceTimeAndTheMessageToTheCarrierInLaneRed() {
        orderInspection();

        world.officers.scheduleInspection(world.task().getId(), new InspectionPlan("Scanner ECT Delta",
                Instant.parse("2026-12-04T16:30:00Z"), "clerk2", false), "clerk", CLERKS);
        world.runSteps();

        assertThat(world.notices.issued).singleElement().satisfies(notice -> assertThat(notice.reason())
                .isEqualTo("Physical inspection at Scanner ECT Delta on 2026-12-04 16:30 UTC: Present the cargo"));
        assertThat(world.notices.lanes).containsExactly(org.portcullis.model.assessment.Lane.RED);
    }

    private void orderInspection() {
        world.openAndAssess(Outcome.INSPECT);
        world.decide(ReferralDecision.INSPECT, "Intelligence unit: consignee under investigation", "Present the cargo");
        assertThat(world.instance).isWaitingAt("Task_ScheduleInspection");
    }
}
