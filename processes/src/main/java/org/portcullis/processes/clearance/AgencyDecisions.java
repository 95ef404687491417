package org.portcullis.processes.clearance;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.portcullis.model.agency.AgencyClearances;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers of an agency other than customs deciding its referral: clear (RELEASE), clear with conditions
 * (DOCUMENT_CHECK: the reason states the conditions; port health's free pratique with conditions) or hold, always
 * with a reason. Records the decision with the agency and completes the task in one transaction; a task no longer
 * open is refused and nothing is recorded.
 */
@Service
public class AgencyDecisions {

    /** The decisions an agency's officer may take. */
    public static final Set<ReferralDecision> DECISIONS = EnumSet.of(ReferralDecision.RELEASE,
            ReferralDecision.DOCUMENT_CHECK, ReferralDecision.HOLD);
    private static final Set<String> TASKS = Set.of(ClearanceVariables.REVIEW_AGENCY_REFERRAL_TASK,
            ClearanceVariables.REVIEW_ESCALATED_AGENCY_REFERRAL_TASK);

    private final TaskGuard guard;
    private final TaskService tasks;
    private final AgencyClearances agencies;
    private final Clock clock;

    public AgencyDecisions(RuntimeService runtime, TaskService tasks, CaseFiles caseFiles, AgencyClearances agencies,
            Clock clock) {
        this.guard = new TaskGuard(runtime, tasks, caseFiles);
        this.tasks = tasks;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** True for the tasks of the agencies' paths. */
    public static boolean isAgencyTask(String taskDefinitionKey) {
        return TASKS.contains(taskDefinitionKey);
    }

    /** The agency whose path the task belongs to. */
    public String agencyOf(String taskId) {
        return (String) tasks.getVariable(taskId, ClearanceVariables.AGENCY);
    }

    @Transactional
    public void decide(String taskId, ReferralDecision decision, String reason, String officer,
            List<String> officerGroups) {
        Task task = guard.workable(taskId, TASKS, officer, officerGroups);
        if (!DECISIONS.contains(decision)) {
            throw new IllegalArgumentException(decision + " is not a decision of an agency");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
        Mrn mrn = guard.caseOf(task);
        agencies.recordDecision(mrn, agencyOf(taskId), decision, reason, officer, clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ClearanceVariables.AGENCY_DECISION, decision.name());
        variables.put(ClearanceVariables.AGENCY_DECISION_REASON, reason);
        guard.complete(taskId, variables);
    }
}
