package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.CLERKS;
import static org.portcullis.processes.clearance.ClearanceFixture.SUPERVISORS;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.ReferralDecision;

/** Supervisors steering claims on the clearance workflow's tasks. */
class TaskClaimsTest extends ClearanceProcessTest {

    private TaskClaims claims;
    private String taskId;

    /** Called first by each test: the model is deployed once the test method runs. */
    private void clerkClaimsAReferral() {
        IdentityService identity = processEngine.getIdentityService();
        identity.saveGroup(identity.newGroup("clerks"));
        for (String user : List.of("clerk", "clerk2", "author")) {
            identity.saveUser(identity.newUser(user));
        }
        identity.createMembership("clerk", "clerks");
        identity.createMembership("clerk2", "clerks");
        claims = new TaskClaims(processEngine.getRuntimeService(), processEngine.getTaskService(), identity,
                world.caseFiles);
        world.openAndAssess(Outcome.HOLD);
        taskId = world.task().getId();
        world.officers.claim(taskId, "clerk", CLERKS);
    }

    @AfterEach
    void forgetOfficers() {
        IdentityService identity = processEngine.getIdentityService();
        identity.createUserQuery().list().forEach(user -> identity.deleteUser(user.getId()));
        identity.createGroupQuery().list().forEach(group -> identity.deleteGroup(group.getId()));
    }

    @Test
    void supervisorGivesAClaimedTaskBackAndAnotherClerkDecides() {
        clerkClaimsAReferral();

        claims.release(taskId, "supervisor", SUPERVISORS);

        assertThat(world.task()).isNotAssigned();
        world.decide(ReferralDecision.HOLD, "Listed consignee", null, "clerk2", CLERKS);
        assertThat(world.caseFiles.decisions).singleElement()
                .satisfies(decision -> assertThat(decision.officer()).isEqualTo("clerk2"));
    }

    @Test
    void supervisorHandsATaskOnlyToAnOfficerOfItsGroups() {
        clerkClaimsAReferral();

        claims.reassign(taskId, "clerk2", "supervisor", SUPERVISORS);

        assertThat(world.task()).isAssignedTo("clerk2");
        assertThat(claims.candidateGroups(taskId)).containsExactly("clerks");
        assertThatThrownBy(() -> claims.reassign(taskId, "author", "supervisor", SUPERVISORS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(world.task()).isAssignedTo("clerk2");
    }

    @Test
    void clerkCannotTakeAnotherClerksClaim() {
        clerkClaimsAReferral();

        assertThatThrownBy(() -> claims.release(taskId, "clerk2", CLERKS)).isInstanceOf(TaskNotYoursException.class);
        assertThatThrownBy(() -> claims.reassign(taskId, "clerk2", "clerk2", CLERKS))
                .isInstanceOf(TaskNotYoursException.class);

        assertThat(world.task()).isAssignedTo("clerk");
    }
}
