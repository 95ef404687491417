package org.portcullis.processes.clearance;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.portcullis.model.clearance.CaseFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors steering who holds a task: give a claimed task back to its groups, or hand it to another officer of
 * those groups. Each change is logged with the supervisor's name, the task and who held it.
 */
@Service
public class TaskClaims {

    /** The group whose members may steer other officers' claims. */
    public static final String SUPERVISORS = "supervisors";

    private static final Logger log = LoggerFactory.getLogger(TaskClaims.class);

    private final TaskGuard guard;
    private final TaskService tasks;
    private final IdentityService identity;

    public TaskClaims(RuntimeService runtime, TaskService tasks, IdentityService identity, CaseFiles caseFiles) {
        this.guard = new TaskGuard(runtime, tasks, caseFiles);
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Gives the task back to its groups, whoever holds it. */
    @Transactional
    public void release(String taskId, String supervisor, List<String> supervisorGroups) {
        Task task = supervised(taskId, supervisor, supervisorGroups);
        tasks.setAssignee(taskId, null);
        log.info("Supervisor {} released task {} ({}) held by {}", supervisor, taskId, task.getTaskDefinitionKey(),
                task.getAssignee());
    }

    /** Hands the task to another officer, who must be a member of one of the groups the task is offered to. */
    @Transactional
    public void reassign(String taskId, String officer, String supervisor, List<String> supervisorGroups) {
        Task task = supervised(taskId, supervisor, supervisorGroups);
        if (candidateGroups(taskId).stream().noneMatch(group -> isMember(officer, group))) {
            throw new IllegalArgumentException(officer + " is not offered task " + taskId);
        }
        tasks.setAssignee(taskId, officer);
        log.info("Supervisor {} handed task {} ({}) from {} to {}", supervisor, taskId, task.getTaskDefinitionKey(),
                task.getAssignee(), officer);
    }

    /** The groups the task is offered to (whose members may hold it). */
    @Transactional(readOnly = true)
    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private Task supervised(String taskId, String supervisor, List<String> supervisorGroups) {
        if (!supervisorGroups.contains(SUPERVISORS)) {
            throw new TaskNotYoursException(taskId, supervisor);
        }
        return guard.openTask(taskId);
    }

    private boolean isMember(String userId, String group) {
        return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }
}
