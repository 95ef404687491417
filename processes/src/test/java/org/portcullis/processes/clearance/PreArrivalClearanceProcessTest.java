package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.clearance.CaseClosedException;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;

/** Every path of preArrivalClearance, with the case status and the notices each path leaves behind. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/pre-arrival-clearance.bpmn")
class PreArrivalClearanceProcessTest {

    private static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private ProcessEngine processEngine;
    private final CaseFilesFake caseFiles = new CaseFilesFake();
    private final NoticesFake notices = new NoticesFake();
    private Outcome assessedOutcome = Outcome.RELEASE;
    private ClearanceService clearance;
    private ProcessInstance instance;

    @BeforeEach
    void wireDelegates() {
        BpmnAwareTests.init(processEngine);
        caseFiles.filings.put(MRN, null);
        Mocks.register("assessFilingDelegate", new AssessFilingDelegate(caseFiles, (mrn, filing) -> assessment()));
        Mocks.register("issueNoticeDelegate", new IssueNoticeDelegate(caseFiles, notices));
        Mocks.register("changeCaseStatusDelegate", new ChangeCaseStatusDelegate(caseFiles));
        clearance = new ClearanceService(processEngine.getRuntimeService(), processEngine.getTaskService(),
                caseFiles, CLOCK);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void releaseAssessmentNotifiesCarrierAndEnds() {
        openCase();
        assertThat(instance).isWaitingAt("Task_AssessRisk");

        execute(job(instance));

        assertThat(instance).hasPassedInOrder("Event_FilingRegistered", "Task_AssessRisk",
                "Gateway_AssessmentOutcome", "Task_NotifyAssessmentComplete", "Event_AssessedForRelease",
                "Event_CaseClosed").isEnded();
        assertThat(instance).variables().containsEntry("outcome", "RELEASE").containsEntry("lane", "GREEN")
                .containsEntry("ruleSetVersion", "v1");
        assertThat(notices.issued).containsExactly(new NoticesFake.Issued(MRN, NoticeType.ASSESSMENT_COMPLETE, null));
        assertThat(caseFiles.statuses).containsEntry(MRN, CaseStatus.ASSESSED);
        assertThat(caseFiles.assessments.get(MRN).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @ParameterizedTest
    @CsvSource({"REQUEST_INFORMATION", "DOCUMENT_CHECK", "INSPECT", "HOLD"})
    void anyOutcomeStrongerThanReleaseWaitsForAClerk(Outcome outcome) {
        assessedOutcome = outcome;
        openCase();

        execute(job(instance));

        assertThat(instance).isWaitingAt("Task_ReviewReferral").hasNotPassed("Task_NotifyAssessmentComplete");
        assertThat(task(instance)).hasCandidateGroup("clerks");
        assertThat(caseFiles.statuses).containsEntry(MRN, CaseStatus.REFERRED);
        assertThat(notices.issued).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "RELEASE, Task_NotifyRelease, Event_Released, RELEASED, RELEASED",
        "HOLD, Task_NotifyHold, Event_Held, HELD, HELD",
        "INSPECT, Task_NotifyInspection, Event_InspectionOrdered, CONTROL_NOTIFIED, UNDER_INSPECTION"})
    void clerkDecisionSendsMatchingNoticeWithReason(ReferralDecision decision, String notifyTask, String endEvent,
            NoticeType notice, CaseStatus status) {
        assessedOutcome = Outcome.INSPECT;
        openCase();
        execute(job(instance));

        clearance.decideReferral(task(instance).getId(), decision, "Checked the licences", "clerk", List.of("clerks"));

        assertThat(instance).hasPassedInOrder("Task_ReviewReferral", "Gateway_ReferralDecision", notifyTask, endEvent)
                .isEnded();
        assertThat(instance).variables().containsEntry("decision", decision.name())
                .containsEntry("decisionReason", "Checked the licences").containsEntry("decidedBy", "clerk");
        assertThat(notices.issued).containsExactly(new NoticesFake.Issued(MRN, notice, "Checked the licences"));
        assertThat(caseFiles.statuses).containsEntry(MRN, status);
        assertThat(caseFiles.decisions).singleElement().satisfies(recorded -> {
            assertThat(recorded.decision()).isEqualTo(decision);
            assertThat(recorded.officer()).isEqualTo("clerk");
            assertThat(recorded.decidedAt()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void decisionOnTaskDecidedAlreadyIsRefusedAndNothingIsRecordedTwice() {
        assessedOutcome = Outcome.HOLD;
        openCase();
        execute(job(instance));
        String taskId = task(instance).getId();
        clearance.decideReferral(taskId, ReferralDecision.HOLD, "Listed consignee", "clerk", List.of("clerks"));

        assertThatThrownBy(() -> clearance.decideReferral(taskId, ReferralDecision.RELEASE, "again", "clerk",
                List.of("clerks"))).isInstanceOf(TaskNotOpenException.class);
        assertThat(caseFiles.decisions).hasSize(1);
        assertThat(notices.issued).hasSize(1);
    }

    @Test
    void officerOutsideTheCandidateGroupsCannotDecide() {
        assessedOutcome = Outcome.HOLD;
        openCase();
        execute(job(instance));

        assertThatThrownBy(() -> clearance.decideReferral(task(instance).getId(), ReferralDecision.RELEASE, "no", "author",
                List.of("rule-authors"))).isInstanceOf(TaskNotYoursException.class);
        assertThat(caseFiles.decisions).isEmpty();
    }

    @Test
    void taskClaimedByOneClerkCannotBeDecidedByAnother() {
        assessedOutcome = Outcome.HOLD;
        openCase();
        execute(job(instance));
        clearance.claim(task(instance).getId(), "clerk", List.of("clerks"));

        assertThatThrownBy(() -> clearance.decideReferral(task(instance).getId(), ReferralDecision.RELEASE, "mine", "clerk2",
                List.of("clerks"))).isInstanceOf(TaskNotYoursException.class);
        clearance.unclaim(task(instance).getId(), "clerk");
        assertThat(task(instance)).isNotAssigned();
    }

    @Test
    void amendmentWhileWaitingForAClerkWithdrawsTheTaskAndReassessesTheNewVersion() {
        assessedOutcome = Outcome.HOLD;
        openCase();
        execute(job(instance));
        assertThat(instance).isWaitingAt("Task_ReviewReferral");

        assessedOutcome = Outcome.RELEASE;
        clearance.amend(MRN);

        assertThat(instance).isWaitingAt("Task_AssessRisk").hasPassed("Event_FilingAmended");
        assertThat(processEngine.getTaskService().createTaskQuery().count()).isZero();
        execute(job(instance));
        assertThat(instance).hasPassed("Task_NotifyAssessmentComplete").isEnded();
        assertThat(notices.issued).extracting(NoticesFake.Issued::type)
                .containsExactly(NoticeType.ASSESSMENT_COMPLETE);
    }

    @Test
    void cancellationBeforeTheDecisionEndsTheCaseAsCancelled() {
        assessedOutcome = Outcome.INSPECT;
        openCase();
        execute(job(instance));

        clearance.cancel(MRN);

        assertThat(instance).hasPassedInOrder("Event_FilingCancelled", "Task_RecordCancellation",
                "Event_CaseCancelled").isEnded();
        assertThat(caseFiles.statuses).containsEntry(MRN, CaseStatus.CANCELLED);
        assertThat(notices.issued).isEmpty();
    }

    @Test
    void amendmentAfterTheDecisionIsRefused() {
        openCase();
        execute(job(instance));
        assertThat(instance).isEnded();

        assertThatThrownBy(() -> clearance.amend(MRN)).isInstanceOf(CaseClosedException.class);
        assertThatThrownBy(() -> clearance.cancel(MRN)).isInstanceOf(CaseClosedException.class);
    }

    @Test
    void failingAssessmentBecomesAnIncidentAfterRetries() {
        Mocks.register("assessFilingDelegate", new AssessFilingDelegate(caseFiles, (mrn, filing) -> {
            throw new IllegalStateException("rules unavailable");
        }));
        openCase();

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> execute(job(instance))).hasMessageContaining("rules unavailable");
        }

        assertThat(instance).isWaitingAt("Task_AssessRisk");
        assertThat(processEngine.getRuntimeService().createIncidentQuery()
                .processInstanceId(instance.getId()).singleResult().getIncidentMessage())
                .contains("rules unavailable");
    }

    private void openCase() {
        clearance.open(MRN);
        instance = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(MRN.value())
                .singleResult();
    }

    private Assessment assessment() {
        List<Finding> findings = assessedOutcome == Outcome.RELEASE ? List.of()
                : List.of(new Finding("TGT-001", "A rule", new Target(TargetKind.FILING, "LRN"), assessedOutcome,
                        "because", false));
        return Assessment.of(findings, "v1", CLOCK.instant());
    }
}
