package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.CLERKS;
import static org.portcullis.processes.clearance.ClearanceFixture.ETA;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;
import static org.portcullis.processes.clearance.ClearanceFixture.NOW;
import static org.portcullis.processes.clearance.ClearanceFixture.SUPERVISORS;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseClosedException;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.pcs.ContainerStatus;
import org.portcullis.processes.incident.IncidentNotOpenException;
import org.portcullis.processes.incident.OpenIncident;

/**
 * Every path of preArrivalClearance: where the case waits, the path it took, its variables, its status, and the
 * notices the carrier and the terminal get. Timers fire by moving the engine's clock, never by waiting.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/pre-arrival-clearance.bpmn")
class PreArrivalClearanceProcessTest {

    private static final Instant ATA = ETA.plus(Duration.ofMinutes(20));
    private static final Instant REFERRAL_DEADLINE = ETA.minus(Duration.ofHours(6));
    private static final Instant ANSWER_DEADLINE = ETA.minus(Duration.ofHours(12));

    private ProcessEngine processEngine;
    private ClearanceFixture world;

    @BeforeEach
    void openWorld() {
        BpmnAwareTests.init(processEngine);
        world = new ClearanceFixture(processEngine);
    }

    @AfterEach
    void resetWorld() {
        ClearanceFixture.reset();
    }

    // 1. Clear: assessment complete -> notice -> wait for arrival -> release -> terminal notice per container

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
    void caseClearedAfterTheVesselArrivedIsHeldAtTheTerminalThenReleasedAtOnce() {
        world.assessedOutcome = Outcome.HOLD;
        world.openCase();
        world.vesselArrives(ATA);

        assertThat(world.instance).hasPassed("Task_HoldContainersNotCleared", "Event_ContainersHeldPendingClearance");
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE);
        assertThat(world.instance).variables().containsEntry("vesselArrivedAt", Date.from(ATA));
        assertThat(world.instance).isWaitingAt("Task_ReviewReferral");

        world.decide(ReferralDecision.RELEASE, "Licence checked");

        assertThat(world.instance).hasPassedInOrder("Task_NotifyCleared", "Event_VesselArrived", "Task_Release")
                .isEnded();
        assertThat(world.notices.issued).containsExactly(
                new NoticesFake.Issued(MRN, NoticeType.ASSESSMENT_COMPLETE, "Licence checked"),
                new NoticesFake.Issued(MRN, NoticeType.RELEASED, "Licence checked"));
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE,
                ContainerStatus.RELEASED);
    }

    @Test
    void holdForAnArrivalStillWaitingWhenTheCaseIsClearedAsksAgainAndHoldsNothing() {
        world.openAndAssess(Outcome.HOLD);
        world.clearance.vesselArrived(MRN, ATA);
        world.officers.decide(world.task().getId(), ReferralDecision.RELEASE, "Licence checked", "clerk", CLERKS);

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
    void arrivalIsHeardOnlyByACaseStillOpen() {
        world.openAndAssess(Outcome.RELEASE);

        assertThat(world.clearance.vesselArrived(ClearanceFixture.MRN, ATA)).isTrue();
        world.runSteps();
        assertThat(world.clearance.vesselArrived(ClearanceFixture.MRN, ATA)).isFalse();
    }

    // 2. Referral, its deadline and the escalation to supervisors

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"REQUEST_INFORMATION", "DOCUMENT_CHECK", "INSPECT", "HOLD"})
    void anyOutcomeButReleaseAndDoNotLoadWaitsForAClerkDueByTheReferralDeadline(Outcome outcome) {
        world.openAndAssess(outcome);

        assertThat(world.instance).isWaitingAt("Task_ReviewReferral").hasNotPassed("Task_NotifyCleared");
        assertThat(world.task()).hasCandidateGroup("clerks").hasDueDate(Date.from(REFERRAL_DEADLINE));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.REFERRED);
        assertThat(world.notices.issued).isEmpty();
    }

    @Test
    void referralDeadlineIsNeverSoonerThanTheMinimumTimeToAct() {
        world.caseFiles.filings.put(MRN, ClearanceFixture.filing(NOW.plus(Duration.ofHours(2))));
        world.openAndAssess(Outcome.INSPECT);

        assertThat(world.task()).hasDueDate(Date.from(NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void referralUntouchedByItsDeadlineIsEscalatedToSupervisors() {
        world.openAndAssess(Outcome.HOLD);
        world.officers.claim(world.task().getId(), "clerk", CLERKS);

        world.fireTimer("Event_ReferralDeadline", REFERRAL_DEADLINE.plusSeconds(1));

        assertThat(world.instance).hasPassed("Event_ReferralDeadline").isWaitingAt("Task_ReviewEscalatedReferral");
        assertThat(world.task()).hasCandidateGroup("supervisors").isNotAssigned();
        String taskId = world.task().getId();
        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.RELEASE, "mine", "clerk", CLERKS))
                .isInstanceOf(TaskNotYoursException.class);

        world.decide(ReferralDecision.HOLD, "Listed consignee", "supervisor", SUPERVISORS);

        assertThat(world.instance).hasPassedInOrder("Task_ReviewEscalatedReferral", "Gateway_ReferralDecision",
                "Task_NotifyHold", "Event_Held").isEnded();
        assertThat(world.caseFiles.decisions).singleElement()
                .satisfies(decision -> assertThat(decision.officer()).isEqualTo("supervisor"));
    }

    @Test
    void referralDecidedInTimeIsNotEscalated() {
        world.openAndAssess(Outcome.HOLD);
        world.decide(ReferralDecision.HOLD, "Listed consignee");

        assertThat(processEngine.getManagementService().createJobQuery().timers().count()).isZero();
        assertThat(world.instance).hasNotPassed("Task_ReviewEscalatedReferral");
    }

    @ParameterizedTest
    @CsvSource({"HOLD, Task_NotifyHold, Event_Held, HELD, HELD, HELD"})
    void clerksHoldSendsItsNoticeWithTheReasonToCarrierAndTerminal(ReferralDecision decision, String notifyTask,
            String endEvent, NoticeType notice, CaseStatus status, ContainerStatus container) {
        world.openAndAssess(Outcome.INSPECT);

        world.decide(decision, "Checked the licences");

        assertThat(world.instance).hasPassedInOrder("Task_ReviewReferral", "Gateway_ReferralDecision", notifyTask,
                endEvent).isEnded();
        assertThat(world.instance).variables().containsEntry("decision", decision.name())
                .containsEntry("decisionReason", "Checked the licences").containsEntry("decidedBy", "clerk");
        assertThat(world.notices.issued).containsExactly(new NoticesFake.Issued(MRN, notice, "Checked the licences"));
        assertThat(world.terminal.statuses()).containsExactly(container);
        assertThat(world.caseFiles.statuses).containsEntry(MRN, status);
        assertThat(world.caseFiles.decisions).singleElement().satisfies(recorded -> {
            assertThat(recorded.decision()).isEqualTo(decision);
            assertThat(recorded.decidedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void decisionOnATaskDecidedAlreadyIsRefusedAndNothingIsRecordedTwice() {
        world.openAndAssess(Outcome.HOLD);
        String taskId = world.task().getId();
        world.decide(ReferralDecision.HOLD, "Listed consignee");

        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.RELEASE, "again", "clerk", CLERKS))
                .isInstanceOf(TaskNotOpenException.class);
        assertThat(world.caseFiles.decisions).hasSize(1);
        assertThat(world.notices.issued).hasSize(1);
    }

    @Test
    void officerOutsideTheCandidateGroupsOrBehindAnotherClerksClaimCannotDecide() {
        world.openAndAssess(Outcome.HOLD);
        String taskId = world.task().getId();

        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.RELEASE, "no", "author",
                List.of("ruleauthors"))).isInstanceOf(TaskNotYoursException.class);
        world.officers.claim(taskId, "clerk", CLERKS);
        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.RELEASE, "mine", "clerk2", CLERKS))
                .isInstanceOf(TaskNotYoursException.class);
        world.officers.unclaim(taskId, "clerk");
        assertThat(world.task()).isNotAssigned();
        assertThat(world.caseFiles.decisions).isEmpty();
    }

    // 3. Request for information

    @Test
    void requestForInformationAsksTheCarrierAndTheAnswerTriggersReassessment() {
        world.openAndAssess(Outcome.REQUEST_INFORMATION);
        world.decide(ReferralDecision.REQUEST_INFORMATION, "What are the lamps made of?");

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
        world.decide(ReferralDecision.REQUEST_INFORMATION, "What are the lamps made of?");

        world.fireTimer("Event_AnswerDeadline", ANSWER_DEADLINE.plusSeconds(1));

        assertThat(world.instance).hasPassedInOrder("Event_AnswerDeadline", "Task_RecordNoAnswer")
                .isWaitingAt("Task_ReviewReferral");
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.REFERRED);
        assertThatThrownBy(() -> world.clearance.provideInformation(MRN, "too late"))
                .isInstanceOf(CaseClosedException.class);
        assertThat(world.controls.answers).isEmpty();
    }

    // 4. Documentary check and inspection

    @Test
    void documentaryCheckAsksForDocumentsAndAClerkDecidesOnThem() {
        world.openAndAssess(Outcome.DOCUMENT_CHECK);
        world.decide(ReferralDecision.DOCUMENT_CHECK, "Show the dangerous goods declaration");

        assertThat(world.instance).isWaitingAt("Task_CheckDocuments");
        assertThat(world.notices.issued).containsExactly(new NoticesFake.Issued(MRN, NoticeType.CONTROL_NOTIFIED,
                "Documentary check: Show the dangerous goods declaration"));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, CaseStatus.UNDER_DOCUMENT_CHECK);
        String taskId = world.task().getId();
        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.DOCUMENT_CHECK, "again", "clerk",
                CLERKS)).isInstanceOf(IllegalArgumentException.class);

        world.decide(ReferralDecision.RELEASE, "Declaration in order");

        assertThat(world.instance).hasPassedInOrder("Task_CheckDocuments", "Gateway_ReferralDecision",
                "Task_NotifyCleared").isWaitingAt("Event_VesselArrived");
    }

    @ParameterizedTest
    @CsvSource({
        "NO_IRREGULARITY, Task_NotifyCleared, ASSESSMENT_COMPLETE, ASSESSED, HELD_FOR_INSPECTION",
        "IRREGULARITY_HOLD, Event_HeldAfterInspection, HELD, HELD, HELD_FOR_INSPECTION HELD",
        "IRREGULARITY_SEIZURE, Event_Seized, SEIZED, SEIZED, HELD_FOR_INSPECTION SEIZED"})
    void inspectionIsScheduledNotifiedAndItsResultDecidesTheCase(InspectionVerdict verdict, String reached,
            NoticeType notice, CaseStatus status, String containerStatuses) {
        world.openAndAssess(Outcome.INSPECT);
        world.decide(ReferralDecision.INSPECT, "Arms without licence");
        assertThat(world.instance).isWaitingAt("Task_ScheduleInspection");

        world.officers.scheduleInspection(world.task().getId(), "Scanner ECT Delta", Instant.parse(
                "2026-12-04T16:30:00Z"), "clerk2", "clerk", CLERKS);
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

        world.officers.recordInspectionResult(world.task().getId(), verdict, "Found 12 rifles", "clerk2", CLERKS);
        world.runSteps();

        assertThat(world.instance).hasPassedInOrder("Task_RecordInspectionResult", "Gateway_InspectionResult", reached);
        assertThat(world.notices.issued).last().isEqualTo(new NoticesFake.Issued(MRN, notice, "Found 12 rifles"));
        assertThat(world.caseFiles.statuses).containsEntry(MRN, status);
        assertThat(world.terminal.statuses().stream().map(Enum::name).toList())
                .containsExactly(containerStatuses.split(" "));
        assertThat(world.controls.results).singleElement()
                .satisfies(result -> assertThat(result.verdict()).isEqualTo(verdict));
    }

    // 5. Do not load

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

    // 6. Amendment and cancellation at any point before release

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

    // 8. Failures: retried, then an incident a supervisor retries after the fix

    @Test
    void failingAssessmentBecomesAnIncidentThatASupervisorRetriesAfterTheFix() {
        world.register((mrn, filing) -> {
            throw new IllegalStateException("rules unavailable");
        });
        world.openCase();

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> BpmnAwareTests.execute(BpmnAwareTests.job(world.instance)))
                    .hasMessageContaining("rules unavailable");
        }

        assertThat(world.instance).isWaitingAt("Task_AssessRisk");
        List<OpenIncident> open = world.incidents.open(10);
        assertThat(open).singleElement().satisfies(incident -> {
            assertThat(incident.mrn()).isEqualTo(MRN.value());
            assertThat(incident.stepName()).isEqualTo("Assess risk");
            assertThat(incident.message()).contains("rules unavailable");
        });

        world.register((mrn, filing) -> Assessment.of(List.of(), "v2", NOW));
        world.incidents.retry(open.get(0).id());
        world.runSteps();

        assertThat(world.incidents.open(10)).isEmpty();
        assertThat(world.instance).isWaitingAt("Event_VesselArrived");
        assertThatThrownBy(() -> world.incidents.retry(open.get(0).id())).isInstanceOf(IncidentNotOpenException.class);
    }

    @Test
    void failingReleaseAtArrivalIsKeptAsAnIncidentOnTheReleaseStep() {
        world.openAndAssess(Outcome.RELEASE);
        Mocks.register("issueNoticeDelegate", new IssueNoticeDelegate(world.caseFiles, world.notices,
                (mrn, status) -> {
                    throw new IllegalStateException("terminal notices unavailable");
                }));
        world.clearance.vesselArrived(MRN, ATA);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> BpmnAwareTests.execute(BpmnAwareTests.job("Task_Release", world.instance)))
                    .hasMessageContaining("terminal notices unavailable");
        }

        assertThat(world.incidents.open(10)).singleElement()
                .satisfies(incident -> assertThat(incident.stepName()).isEqualTo("Release"));
        assertThat(world.instance).isWaitingAt("Task_Release").isNotEnded();
    }

}
