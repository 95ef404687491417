package org.portcullis.processes.clearance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.portcullis.model.clearance.CaseClosedException;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.ClearanceCases;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts clearance cases and takes officers' decisions on their tasks. */
@Service
public class ClearanceService implements ClearanceCases {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CaseFiles caseFiles;
    private final Clock clock;

    public ClearanceService(RuntimeService runtime, TaskService tasks, CaseFiles caseFiles, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Override
    public void open(Mrn mrn) {
        runtime.startProcessInstanceByKey(ClearanceVariables.PROCESS_KEY, mrn.value());
    }

    @Override
    public void amend(Mrn mrn) {
        correlate(ClearanceVariables.FILING_AMENDED, mrn);
    }

    @Override
    public void cancel(Mrn mrn) {
        correlate(ClearanceVariables.FILING_CANCELLED, mrn);
    }

    @Override
    public void provideInformation(Mrn mrn, String answer) {
        correlate(ClearanceVariables.INFORMATION_PROVIDED, mrn, Map.of(ClearanceVariables.INFORMATION_ANSWER, answer));
    }

    private void correlate(String message, Mrn mrn) {
        correlate(message, mrn, Map.of());
    }

    private void correlate(String message, Mrn mrn, Map<String, Object> variables) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(mrn.value())
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException noCaseWaitsForIt) {
            throw new CaseClosedException(mrn);
        }
    }

    /**
     * Records the officer's decision on a referral and completes the task, in one transaction. A task that is no
     * longer open (decided already, by a double click or by another officer) is refused, and nothing is recorded.
     */
    @Transactional
    public OfficerDecision decideReferral(String taskId, ReferralDecision decision, String reason, String officer,
            List<String> officerGroups) {
        Task task = openTask(taskId);
        if (!ClearanceVariables.REVIEW_REFERRAL_TASK.equals(task.getTaskDefinitionKey())) {
            throw new IllegalArgumentException("task " + taskId + " is not a referral review");
        }
        checkOfficerMayWork(task, officer, officerGroups);
        Mrn mrn = Mrn.of(businessKeyOf(task));
        OfficerDecision recorded = new OfficerDecision(mrn, decision, reason, officer, clock.instant());
        caseFiles.recordDecision(recorded);
        try {
            tasks.complete(taskId, Map.of(ClearanceVariables.DECISION, decision.name(),
                    ClearanceVariables.DECISION_REASON, reason, ClearanceVariables.DECIDED_BY, officer));
        } catch (OptimisticLockingException concurrentDecision) {
            throw new TaskNotOpenException(taskId);
        }
        return recorded;
    }

    /** Claims an open task for the officer; a task already claimed by someone else is refused. */
    @Transactional
    public void claim(String taskId, String officer, List<String> officerGroups) {
        Task task = openTask(taskId);
        checkOfficerMayWork(task, officer, officerGroups);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, officer);
        }
    }

    /** Gives a task the officer holds back to its groups. */
    @Transactional
    public void unclaim(String taskId, String officer) {
        Task task = openTask(taskId);
        if (!officer.equals(task.getAssignee())) {
            throw new TaskNotYoursException(taskId, officer);
        }
        tasks.setAssignee(taskId, null);
    }

    private Task openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotOpenException(taskId);
        }
        return task;
    }

    private void checkOfficerMayWork(Task task, String officer, List<String> officerGroups) {
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(officer)) {
                throw new TaskNotYoursException(task.getId(), officer);
            }
            return;
        }
        boolean offered = !officerGroups.isEmpty() && tasks.createTaskQuery().taskId(task.getId())
                .taskCandidateGroupIn(officerGroups).count() > 0;
        if (!offered) {
            throw new TaskNotYoursException(task.getId(), officer);
        }
    }

    private String businessKeyOf(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance.getBusinessKey();
    }
}
