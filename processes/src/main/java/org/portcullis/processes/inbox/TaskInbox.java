package org.portcullis.processes.inbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.query.NativeQuery;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.portcullis.model.search.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks of the clearance workflow as officers see them: a page of an officer's inbox (filtered, sorted and
 * paged by the database in one Camunda native task query joined with the clearance cases, so a page costs the same
 * with ten tasks or ten thousand), one open task, and a task of the history.
 */
@Service
public class TaskInbox {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final InboxQuery.Tables tables;

    public TaskInbox(TaskService tasks, RuntimeService runtime, HistoryService history, ManagementService management) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.tables = new InboxQuery.Tables(management.getTableName(Task.class),
                management.getTableName(Execution.class), management.getTableName(IdentityLinkEntity.class));
    }

    /** The page of the officer's tasks that match; a page past the last gives the last. */
    @Transactional(readOnly = true)
    public TaskPage page(InboxCriteria criteria, int page, int size) {
        InboxQuery query = InboxQuery.of(criteria, tables);
        long total = withParameters(tasks.createNativeTaskQuery().sql(query.count()), query.parameters()).count();
        int shown = Paging.withinPages(page, total, size);
        List<Task> found = withParameters(tasks.createNativeTaskQuery()
                .sql(query.select(criteria.sort(), criteria.descending())), query.parameters())
                .listPage(shown * size, size);
        Map<String, String> mrnByInstance = businessKeys(found.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        return new TaskPage(found.stream().map(task -> inboxTask(task, mrnByInstance)).toList(), shown, size, total);
    }

    /** The open task, or empty when there is no such open task. */
    @Transactional(readOnly = true)
    public Optional<InboxTask> openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        return Optional.of(inboxTask(task, businessKeys(Set.of(task.getProcessInstanceId()))));
    }

    /** A task as the process history remembers it (open or ended), with the MRN of its case. */
    @Transactional(readOnly = true)
    public Optional<PastTask> pastTask(String taskId) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult())
                .map(instance -> new PastTask(task.getTaskDefinitionKey(), instance.getBusinessKey(),
                        task.getStartTime().toInstant()));
    }

    private static InboxTask inboxTask(Task task, Map<String, String> mrnByInstance) {
        return new InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                mrnByInstance.get(task.getProcessInstanceId()), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    private Map<String, String> businessKeys(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private static <T extends NativeQuery<?, ?>> T withParameters(T query, Map<String, Object> parameters) {
        parameters.forEach(query::parameter);
        return query;
    }
}
