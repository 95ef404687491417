package org.portcullis.processes.clearance;

import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.value.Mrn;

/**
 * Checks before an officer works a task: it is still open, of the expected kind, and assigned to the officer or
 * offered to one of the officer's groups. Officers work on one case one at a time (a lock on the case, held until
 * the transaction ends), so the second of two concurrent submissions finds the task gone instead of meeting the
 * first half-way through Camunda's execution tree. Completes it, refusing a concurrent second completion.
 */
final class TaskGuard {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CaseFiles caseFiles;

    TaskGuard(RuntimeService runtime, TaskService tasks, CaseFiles caseFiles) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.caseFiles = caseFiles;
    }

    /** The open task, once no other officer works on its case (whose work may have closed it meanwhile). */
    Task openTask(String taskId) {
        caseFiles.lockForWork(caseOf(find(taskId)));
        return find(taskId);
    }

    private Task find(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotOpenException(taskId);
        }
        return task;
    }

    /** The open task, if it is one of the kinds and the officer may work it. */
    Task workable(String taskId, Set<String> kinds, String officer, List<String> officerGroups) {
        Task task = openTask(taskId);
        if (!kinds.contains(task.getTaskDefinitionKey())) {
            throw new IllegalArgumentException("task " + taskId + " is a " + task.getTaskDefinitionKey()
                    + ", not one of " + kinds);
        }
        checkOfficerMayWork(task, officer, officerGroups);
        return task;
    }

    void checkOfficerMayWork(Task task, String officer, List<String> officerGroups) {
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

    void claim(String taskId, String officer, List<String> officerGroups) {
        Task task = openTask(taskId);
        checkOfficerMayWork(task, officer, officerGroups);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, officer);
        }
    }

    void unclaim(String taskId, String officer) {
        Task task = openTask(taskId);
        if (!officer.equals(task.getAssignee())) {
            throw new TaskNotYoursException(taskId, officer);
        }
        tasks.setAssignee(taskId, null);
    }

    Mrn caseOf(Task task) {
        return Mrn.of(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey());
    }

    /** Completes the task with the officer's variables and the mark of Portcullis' own work ({@link OfficerWorkOnly}). */
    void complete(String taskId, Map<String, Object> variables) {
        Map<String, Object> marked = new HashMap<>(variables);
        marked.put(OfficerWorkOnly.MARK, OfficerWorkOnly.mark());
        try {
            tasks.complete(taskId, marked);
        } catch (OptimisticLockingException concurrentCompletion) {
            throw new TaskNotOpenException(taskId);
        }
    }
}
