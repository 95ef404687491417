package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.agency.Formality;
import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.pcs.ContainerStatus;

/**
 * preArrivalClearance, paths of the other agencies: each agency (port health, maritime authority, border police)
 * clears in parallel with customs on its own path; the port call is cleared when all have, an agency's hold stops
 * the release at arrival and the others see that it holds.
 */
class AgencyClearancePathTest extends ClearanceProcessTest {

    @Test
    void everyAgencyClearedByItsRulesClearsThePortCallOnceTheLastHasCleared() {
        world.agencies.outcomes.put("health", Outcome.RELEASE);
        world.agencies.outcomes.put("maritime", Outcome.RELEASE);
        world.agencies.outcomes.put("border", Outcome.RELEASE);

        world.openAndAssess(Outcome.RELEASE);

        assertThat(world.agencies.assessed).containsExactlyInAnyOrder("health", "maritime", "border");
        assertThat(world.instance).hasPassed("Task_AssessRisk", "Task_AssessForAgency", "Task_NotifyAgencyCleared",
                "Event_AgenciesDecided").isWaitingAt("Event_VesselArrived");
        assertThat(world.notices.types()).containsOnlyOnce(NoticeType.PORT_CALL_CLEARED)
                .contains(NoticeType.ASSESSMENT_COMPLETE).filteredOn(NoticeType.FORMALITY_RESPONSE::equals).hasSize(3);
        assertThat(world.notices.types().get(world.notices.types().size() - 1)).isEqualTo(NoticeType.PORT_CALL_CLEARED);
        assertThat(world.notices.formalities).filteredOn(f -> f.agency().equals("health")).first()
                .extracting(Formality::freePratique).isEqualTo(FreePratique.GRANTED);
        assertThat(world.notices.formalities).filteredOn(f -> f.agency().equals("maritime")).first()
                .extracting(Formality::freePratique).isNull();
        assertThat(world.terminal.freePratique).containsExactly(FreePratique.GRANTED);
        assertThat(world.agencies.states).containsEntry("customs", ClearanceState.CLEARED)
                .containsEntry("health", ClearanceState.CLEARED).containsEntry("border", ClearanceState.CLEARED);

        world.vesselArrives(ATA);

        assertThat(world.instance).hasPassed("Task_Release").isEnded();
    }

    @Test
    void portHealthReferralGoesToItsOfficersAndFreePratiqueWithConditionsClearsIt() {
        world.agencies.outcomes.put("health", Outcome.DOCUMENT_CHECK);
        world.openAndAssess(Outcome.RELEASE);

        Task task = world.task();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ReviewAgencyReferral");
        assertThat(processEngine.getTaskService().createTaskQuery().taskCandidateGroup("health-officers").count())
                .isEqualTo(1);
        assertThat(processEngine.getTaskService().createTaskQuery().taskCandidateGroup("clerks").count()).isZero();
        assertThat(world.notices.types()).doesNotContain(NoticeType.PORT_CALL_CLEARED);

        world.agencyOfficers.decide(task.getId(), ReferralDecision.DOCUMENT_CHECK, "Disinfect the galley on berthing",
                "health", List.of("health-officers"));
        world.runSteps();

        assertThat(world.agencies.decisions).containsExactly(new AgencyClearancesFake.Decided(MRN, "health",
                ReferralDecision.DOCUMENT_CHECK, "Disinfect the galley on berthing", "health"));
        assertThat(world.notices.issued).contains(new NoticesFake.Issued(MRN, NoticeType.FORMALITY_RESPONSE,
                "Disinfect the galley on berthing"));
        assertThat(world.notices.formalities).first().isEqualTo(new Formality("health", ClearanceState.CLEARED,
                FreePratique.GRANTED_WITH_CONDITIONS, ClearanceState.CLEARED));
        assertThat(world.notices.types()).endsWith(NoticeType.PORT_CALL_CLEARED);
        assertThat(world.terminal.freePratique).containsExactly(FreePratique.GRANTED_WITH_CONDITIONS);
    }

    @Test
    void oneAgencyHoldingStopsThePortCallWhileTheOthersClearAndTheGoodsStayAtTheTerminal() {
        world.agencies.outcomes.put("health", Outcome.HOLD);
        world.agencies.outcomes.put("maritime", Outcome.RELEASE);
        world.openAndAssess(Outcome.RELEASE);

        world.agencyOfficers.decide(world.task().getId(), ReferralDecision.HOLD, "Suspected cholera on board",
                "health", List.of("health-officers"));
        world.runSteps();

        assertThat(world.instance).hasPassed("Task_NotifyAgencyHold", "Event_AgencyHeld");
        assertThat(world.scopedValues("heldByAgency")).containsExactly("health");
        assertThat(world.notices.formalities).filteredOn(f -> f.agency().equals("health"))
                .extracting(Formality::state, Formality::freePratique, Formality::portCallState)
                .contains(org.assertj.core.groups.Tuple.tuple(ClearanceState.HELD, FreePratique.REFUSED,
                        ClearanceState.HELD));
        assertThat(world.notices.types()).contains(NoticeType.PORT_CALL_HELD)
                .doesNotContain(NoticeType.PORT_CALL_CLEARED);
        assertThat(world.terminal.freePratique).containsExactly(FreePratique.REFUSED);
        assertThat(world.agencies.states).containsEntry("maritime", ClearanceState.CLEARED)
                .containsEntry("customs", ClearanceState.CLEARED);

        world.vesselArrives(ATA);

        assertThat(world.instance).hasNotPassed("Task_Release").hasPassed("Task_HoldContainersNotCleared")
                .isWaitingAt("Event_VesselArrived");
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE);
        assertThat(world.notices.types()).doesNotContain(NoticeType.RELEASED);
    }

    @Test
    void goodsCustomsClearedWaitAtArrivalForAnAgencyStillDecidingAndLeaveOnceItClears() {
        world.agencies.outcomes.put("border", Outcome.INSPECT);
        world.openAndAssess(Outcome.RELEASE);
        assertThat(world.instance).isWaitingAt("Event_VesselArrived", "Task_ReviewAgencyReferral");

        world.vesselArrives(ATA);

        assertThat(world.instance).hasNotPassed("Task_Release").hasPassed("Task_HoldContainersNotCleared")
                .isWaitingAt("Event_VesselArrived", "Task_ReviewAgencyReferral");
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE);
        assertThat(world.notices.types()).doesNotContain(NoticeType.RELEASED);

        world.agencyOfficers.decide(world.task().getId(), ReferralDecision.RELEASE, "Crew list checked", "border",
                List.of("border-officers"));
        world.runSteps();

        assertThat(world.instance).hasPassed("Task_Release").isEnded();
        assertThat(world.terminal.statuses()).containsExactly(ContainerStatus.HELD_PENDING_CLEARANCE,
                ContainerStatus.RELEASED);
        assertThat(world.notices.types()).containsSubsequence(NoticeType.PORT_CALL_CLEARED, NoticeType.RELEASED);
    }

    @Test
    void agencyReferralNobodyDecidedGoesToThatAgencysSupervisorsAtTheDeadline() {
        world.agencies.outcomes.put("border", Outcome.INSPECT);
        world.openAndAssess(Outcome.RELEASE);

        world.fireTimer("Event_AgencyReferralDeadline", REFERRAL_DEADLINE);

        Task escalated = world.task();
        assertThat(escalated.getTaskDefinitionKey()).isEqualTo("Task_ReviewEscalatedAgencyReferral");
        assertThat(processEngine.getTaskService().createTaskQuery().taskCandidateGroup("border-supervisors").count())
                .isEqualTo(1);
        world.agencyOfficers.decide(escalated.getId(), ReferralDecision.RELEASE, "Crew list checked", "chief",
                List.of("border-supervisors"));
        world.runSteps();

        assertThat(world.notices.types()).endsWith(NoticeType.FORMALITY_RESPONSE, NoticeType.PORT_CALL_CLEARED);
    }

    @Test
    void amendmentAssessesEveryAgencyAgainAndForgetsTheEarlierHold() {
        world.agencies.outcomes.put("maritime", Outcome.HOLD);
        world.openAndAssess(Outcome.RELEASE);
        world.agencyOfficers.decide(world.task().getId(), ReferralDecision.HOLD, "No security certificate",
                "harbour", List.of("maritime-officers"));
        world.runSteps();

        world.agencies.outcomes.put("maritime", Outcome.RELEASE);
        world.clearance.amend(MRN);
        world.runSteps();

        assertThat(world.agencies.assessed).containsExactly("maritime", "maritime");
        assertThat(world.scopedValues("heldByAgency")).containsOnlyNulls();
        assertThat(world.notices.types()).endsWith(NoticeType.PORT_CALL_CLEARED);
        world.vesselArrives(ATA);
        assertThat(world.instance).hasPassed("Task_Release").isEnded();
    }
}
