package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.CLERKS;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;
import static org.portcullis.processes.clearance.ClearanceFixture.NOW;
import static org.portcullis.processes.clearance.ClearanceFixture.SUPERVISORS;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.pcs.ContainerStatus;

/** preArrivalClearance, path: Referral, its deadline and the escalation to supervisors. */
class ReferralPathTest extends ClearanceProcessTest {

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
        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.RELEASE, "mine", null, "clerk", CLERKS))
                .isInstanceOf(TaskNotYoursException.class);

        world.decide(ReferralDecision.HOLD, "Listed consignee", null, "supervisor", SUPERVISORS);

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

        world.decide(decision, "Checked the licences", "Goods held until the licence is shown");

        assertThat(world.instance).hasPassedInOrder("Task_ReviewReferral", "Gateway_ReferralDecision", notifyTask,
                endEvent).isEnded();
        assertThat(world.instance).variables().containsEntry("decision", decision.name())
                .containsEntry("decisionReason", "Checked the licences").containsEntry("decidedBy", "clerk");
        assertThat(world.notices.issued)
                .containsExactly(new NoticesFake.Issued(MRN, notice, "Goods held until the licence is shown"));
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

        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.RELEASE, "again", null, "clerk", CLERKS))
                .isInstanceOf(TaskNotOpenException.class);
        assertThat(world.caseFiles.decisions).hasSize(1);
        assertThat(world.notices.issued).hasSize(1);
    }

    @Test
    void aTaskCompletedThroughTheEnginesApiWithForgedDecisionVariablesIsRefused() {
        world.openAndAssess(Outcome.HOLD);
        String taskId = world.task().getId();

        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, java.util.Map.of(
                "decision", "RELEASE", "decisionReason", "forged", "decidedBy", "clerk")))
                .hasMessageContaining("completed by an officer's decision in Portcullis");
        assertThat(world.instance).isWaitingAt("Task_ReviewReferral");
        assertThat(world.caseFiles.decisions).isEmpty();
        assertThat(world.notices.issued).isEmpty();
    }

    @Test
    void officerOutsideTheCandidateGroupsOrBehindAnotherClerksClaimCannotDecide() {
        world.openAndAssess(Outcome.HOLD);
        String taskId = world.task().getId();

        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.RELEASE, "no", null, "author",
                List.of("ruleauthors"))).isInstanceOf(TaskNotYoursException.class);
        world.officers.claim(taskId, "clerk", CLERKS);
        assertThatThrownBy(() -> world.officers.decide(taskId, ReferralDecision.RELEASE, "mine", null, "clerk2", CLERKS))
                .isInstanceOf(TaskNotYoursException.class);
        world.officers.unclaim(taskId, "clerk");
        assertThat(world.task()).isNotAssigned();
        assertThat(world.caseFiles.decisions).isEmpty();
    }
}
