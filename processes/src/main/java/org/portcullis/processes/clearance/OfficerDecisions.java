package org.portcullis.processes.clearance;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.ControlRecords;
import org.portcullis.model.clearance.InspectionOrder;
import org.portcullis.model.clearance.InspectionResult;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers working the tasks of the clearance workflow: decisions on referrals (by clerks, by supervisors after
 * escalation, after a documentary check), scheduling inspections and recording their results; claiming and giving
 * back. Each records what the officer did and completes the task in one transaction; a task no longer open (done
 * already, by a double click or by another officer) is refused and nothing is recorded.
 */
@Service
public class OfficerDecisions {

    private static final Set<String> DECISION_TASKS = Set.of(ClearanceVariables.REVIEW_REFERRAL_TASK,
            ClearanceVariables.REVIEW_ESCALATED_REFERRAL_TASK, ClearanceVariables.CHECK_DOCUMENTS_TASK);
    private final TaskGuard guard;
    private final RuntimeService runtime;
    private final CaseFiles caseFiles;
    private final ControlRecords controls;
    private final Clock clock;

    public OfficerDecisions(RuntimeService runtime, TaskService tasks, CaseFiles caseFiles, ControlRecords controls,
            Clock clock) {
        this.guard = new TaskGuard(runtime, tasks, caseFiles);
        this.runtime = runtime;
        this.caseFiles = caseFiles;
        this.controls = controls;
        this.clock = clock;
    }

    /** The decisions an officer may take on a task of this kind (none for tasks that are not decisions). */
    public static Set<ReferralDecision> decisionsFor(String taskDefinitionKey) {
        if (ClearanceVariables.CHECK_DOCUMENTS_TASK.equals(taskDefinitionKey)) {
            return EnumSet.of(ReferralDecision.RELEASE, ReferralDecision.INSPECT, ReferralDecision.HOLD);
        }
        return DECISION_TASKS.contains(taskDefinitionKey) ? EnumSet.allOf(ReferralDecision.class)
                : EnumSet.noneOf(ReferralDecision.class);
    }

    /**
     * Decides a referral, an escalated referral or a documentary check, with the internal reason and the optional
     * message to the carrier (required for a request for information: it is the question).
     */
    @Transactional
    public OfficerDecision decide(String taskId, ReferralDecision decision, String reason, String carrierMessage,
            String officer, List<String> officerGroups) {
        Task task = guard.workable(taskId, DECISION_TASKS, officer, officerGroups);
        if (!decisionsFor(task.getTaskDefinitionKey()).contains(decision)) {
            throw new IllegalArgumentException(decision + " is not a decision on " + task.getTaskDefinitionKey());
        }
        OfficerDecision recorded = new OfficerDecision(guard.caseOf(task), decision, reason, carrierMessage, officer,
                clock.instant());
        caseFiles.recordDecision(recorded);
        Map<String, Object> variables = decisionVariables(decision.name(), reason, officer,
                CarrierReasons.afterDecision(decision, recorded.carrierMessage()));
        variables.put(ClearanceVariables.CARRIER_MESSAGE, recorded.carrierMessage());
        guard.complete(taskId, variables);
        return recorded;
    }

    /**
     * Schedules the physical inspection ordered on the case: place, time and inspecting officer. The time must lie
     * ahead, and at or after the vessel's arrival unless the plan says it is meant before.
     */
    @Transactional
    public InspectionOrder scheduleInspection(String taskId, InspectionPlan plan, String officer,
            List<String> officerGroups) {
        Task task = guard.workable(taskId, Set.of(ClearanceVariables.SCHEDULE_INSPECTION_TASK), officer, officerGroups);
        checkInspectionTime(task, plan);
        InspectionOrder order = new InspectionOrder(guard.caseOf(task), plan.place(), plan.scheduledFor(),
                plan.inspector(), officer, clock.instant());
        controls.recordInspectionOrder(order);
        Object message = runtime.getVariable(task.getExecutionId(), ClearanceVariables.CARRIER_MESSAGE);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ClearanceVariables.INSPECTION_PLACE, plan.place());
        variables.put(ClearanceVariables.INSPECTION_TIME, CarrierReasons.INSPECTION_TIME.format(plan.scheduledFor()));
        variables.put(ClearanceVariables.INSPECTION_SCHEDULED_FOR, Date.from(plan.scheduledFor()));
        variables.put(ClearanceVariables.INSPECTOR, plan.inspector());
        variables.put(ClearanceVariables.CARRIER_REASON, CarrierReasons.inspection(plan.place(), plan.scheduledFor(),
                message == null ? null : message.toString()));
        guard.complete(taskId, variables);
        return order;
    }

    /** Records what the inspection found: the details (internal) and the optional message to the carrier. */
    @Transactional
    public InspectionResult recordInspectionResult(String taskId, InspectionVerdict verdict, String details,
            String carrierMessage, String officer, List<String> officerGroups) {
        Task task = guard.workable(taskId, Set.of(ClearanceVariables.RECORD_INSPECTION_RESULT_TASK), officer,
                officerGroups);
        InspectionResult result = new InspectionResult(guard.caseOf(task), verdict, details, carrierMessage, officer,
                clock.instant());
        controls.recordInspectionResult(result);
        Map<String, Object> variables = decisionVariables(null, details, officer, result.carrierMessage());
        variables.put(ClearanceVariables.INSPECTION_VERDICT, verdict.name());
        guard.complete(taskId, variables);
        return result;
    }

    /** Claims an open task for the officer; a task already claimed by someone else is refused. */
    @Transactional
    public void claim(String taskId, String officer, List<String> officerGroups) {
        guard.claim(taskId, officer, officerGroups);
    }

    /** Gives a task the officer holds back to its groups. */
    @Transactional
    public void unclaim(String taskId, String officer) {
        guard.unclaim(taskId, officer);
    }

    private void checkInspectionTime(Task task, InspectionPlan plan) {
        Instant now = clock.instant();
        if (!plan.scheduledFor().isAfter(now)) {
            throw new InspectionTimeException(InspectionTimeException.Problem.PASSED, plan.scheduledFor(), now);
        }
        Instant arrival = arrival(task.getExecutionId());
        if (!plan.beforeArrival() && arrival != null && plan.scheduledFor().isBefore(arrival)) {
            throw new InspectionTimeException(InspectionTimeException.Problem.BEFORE_ARRIVAL, plan.scheduledFor(),
                    arrival);
        }
    }

    /** The vessel's reported arrival, else its ETA (null when the case knows neither). */
    private Instant arrival(String executionId) {
        Object arrived = runtime.getVariable(executionId, ClearanceVariables.VESSEL_ARRIVED_AT);
        Object eta = arrived != null ? arrived : runtime.getVariable(executionId, ClearanceVariables.ETA);
        return eta instanceof Date date ? date.toInstant() : null;
    }

    private static Map<String, Object> decisionVariables(String decision, String reason, String officer,
            String carrierReason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ClearanceVariables.CARRIER_REASON, carrierReason);
        variables.put(ClearanceVariables.DECISION, decision);
        variables.put(ClearanceVariables.DECISION_REASON, reason);
        variables.put(ClearanceVariables.DECIDED_BY, officer);
        return variables;
    }
}
