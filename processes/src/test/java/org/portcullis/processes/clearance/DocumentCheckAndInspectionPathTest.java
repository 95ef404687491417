package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.CLERKS;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;

/** preArrivalClearance, path: Documentary check and inspection. */
class DocumentCheckAndInspectionPathTest extends ClearanceProcessTest {

    @Test
    void documentaryCheckAsksForDocumentsAndAClerkDecidesOnThem() {
        world.openAndAssess(Outcome.DOCUMENT_CHECK);
        world.decide(ReferralDecision.DOCUMENT_CHECK, "DG class unclear", "Show the dangerous goods declaration");

        assertThat(world.instance).isWaitingAt("Task_CheckDocuments");
        assertThat(world.notices.issued).containsExactly(new NoticesFake.Issued(MRN, NoticeType.CONTROL_NOTIFIED,
                "Documentary check: Show the dangerous goods declaration"));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.UNDER_DOCUMENT_CHECK);
        String taskId = world.task().getId();
        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.DOCUMENT_CHECK, "again", null,
                "clerk", CLERKS)).isInstanceOf(IllegalArgumentException.class);

        world.decide(ReferralDecision.RELEASE, "Declaration in order");

        assertThat(world.instance).hasPassedInOrder("Task_CheckDocuments", "Gateway_ReferralDecision",
                "Task_NotifyCleared").isWaitingAt("Event_VesselArrived");
    }

    @ParameterizedTest
    @CsvSource({
        "NO_IRREGULARITY, Task_NotifyCleared, ASSESSMENT_COMPLETE, CLEARED, HELD_FOR_INSPECTION RELEASED",
        "IRREGULARITY_HOLD, Event_HeldAfterInspection, HELD, HELD, HELD_FOR_INSPECTION HELD",
        "IRREGULARITY_SEIZURE, Event_Seized, SEIZED, SEIZED, HELD_FOR_INSPECTION SEIZED"})
    void inspectionIsScheduledNotifiedAndItsResultDecidesTheCase(InspectionVerdict verdict, String reached,
            NoticeType notice, CaseStatus status, String containerStatuses) {
        world.openAndAssess(Outcome.INSPECT);
        world.decide(ReferralDecision.INSPECT, "Tip from the intelligence unit", "Arms without licence");
        assertThat(world.instance).isWaitingAt("Task_ScheduleInspection");

        world.officers.scheduleInspection(world.task().getId(), new InspectionPlan("Scanner ECT Delta", Instant.parse(
                "2026-12-04T16:30:00Z"), "clerk2", false), "clerk", CLERKS);
        world.runSteps();

        assertThat(world.instance).isWaitingAt("Task_RecordInspectionResult");
        assertThat(world.task()).isAssignedTo("clerk2");
        assertThat(world.notices.issued).containsExactly(new NoticesFake.Issued(MRN, NoticeType.CONTROL_NOTIFIED,
                "Physical inspection at Scanner ECT Delta on 2026-12-04 16:30 UTC: Arms without licence"));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.UNDER_INSPECTION);
        assertThat(world.controls.orders).singleElement().satisfies(order -> {
            assertThat(order.inspector()).isEqualTo("clerk2");
            assertThat(order.scheduledBy()).isEqualTo("clerk");
        });

        world.officers.recordInspectionResult(world.task().getId(), verdict, "Found 12 rifles", "Result of the inspection",
                "clerk2", CLERKS);
        world.runSteps();

        assertThat(world.instance).hasPassedInOrder("Task_RecordInspectionResult", "Gateway_InspectionResult", reached);
        assertThat(world.notices.issued).last()
                .isEqualTo(new NoticesFake.Issued(MRN, notice, "Result of the inspection"));
        assertThat(world.notices.issued).noneMatch(issued -> issued.reason() != null
                && (issued.reason().contains("rifles") || issued.reason().contains("intelligence")));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, status);
        assertThat(world.terminal.statuses().stream().map(Enum::name).toList())
                .containsExactly(containerStatuses.split(" "));
        assertThat(world.controls.results).singleElement()
                .satisfies(result -> assertThat(result.verdict()).isEqualTo(verdict));
    }
}
