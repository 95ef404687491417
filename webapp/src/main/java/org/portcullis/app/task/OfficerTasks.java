package org.portcullis.app.task;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.portcullis.app.casefile.CaseFileRepository;
import org.portcullis.app.casefile.CaseSummary;
import org.portcullis.app.security.Officer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tasks an officer may work: those assigned to them and those offered to their groups. */
@Service
public class OfficerTasks {

    static final int PAGE_SIZE = 50;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CaseFileRepository cases;

    public OfficerTasks(TaskService tasks, RuntimeService runtime, CaseFileRepository cases) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public List<InboxRow> inbox(Officer officer, int page) {
        List<Task> found = tasks.createTaskQuery().or().taskAssignee(officer.userId())
                .taskCandidateGroupIn(officer.groups().isEmpty() ? List.of("-") : officer.groups()).endOr()
                .orderByTaskCreateTime().asc().listPage(page * PAGE_SIZE, PAGE_SIZE);
        Map<String, String> mrnByInstance = businessKeys(found.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        Map<String, CaseSummary> summaries = cases.summaries(mrnByInstance.values()).stream()
                .collect(Collectors.toMap(CaseSummary::mrn, Function.identity()));
        return found.stream().map(task -> new InboxRow(task.getId(), task.getName(),
                task.getCreateTime().toInstant(), instant(task.getDueDate()), task.getAssignee(),
                summaries.get(mrnByInstance.get(task.getProcessInstanceId())))).toList();
    }

    /** The open task with the MRN of its case, or empty when there is no such open task. */
    @Transactional(readOnly = true)
    public Optional<OpenTask> openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        String mrn = businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
        return Optional.of(new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                mrn, task.getCreateTime().toInstant(), instant(task.getDueDate())));
    }

    private Map<String, String> businessKeys(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** An open task and the case it belongs to, with when it was created and when it is due (or null). */
    public record OpenTask(String id, String name, String definitionKey, String assignee, String mrn, Instant created,
            Instant due) {
    }
}
