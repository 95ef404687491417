package org.portcullis.app.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.portcullis.casework.casefile.CaseFileRepository;
import org.portcullis.casework.casefile.CaseSummary;
import org.portcullis.app.security.Officer;
import org.portcullis.model.paging.Paging;
import org.portcullis.app.web.Times;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks an officer may work: those assigned to them and those offered to their groups. The inbox is filtered,
 * sorted and paged by the database (a Camunda native task query joined with the clearance cases), so a page costs
 * the same with ten tasks or ten thousand.
 */
@Service
public class OfficerTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final CaseFileRepository cases;
    private final Times times;
    private final Clock clock;
    private final InboxProperties properties;
    private final InboxQuery.Tables tables;

    public OfficerTasks(TaskService tasks, RuntimeService runtime, HistoryService history,
            ManagementService management, CaseFileRepository cases, Times times, Clock clock,
            InboxProperties properties) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.cases = cases;
        this.times = times;
        this.clock = clock;
        this.properties = properties;
        this.tables = new InboxQuery.Tables(management.getTableName(Task.class),
                management.getTableName(Execution.class), management.getTableName(IdentityLinkEntity.class));
    }

    @Transactional(readOnly = true)
    public InboxPage inbox(Officer officer, InboxFilter filter) {
        InboxQuery query = InboxQuery.of(filter, officer, clock.instant(), times.dueSoonWindow(),
                times.zoneId(), tables, properties.decisionMargin().toMinutes());
        long total = withParameters(tasks.createNativeTaskQuery().sql(query.count()), query.parameters()).count();
        int page = Paging.withinPages(filter.getPage(), total, filter.getSize());
        List<Task> found = withParameters(tasks.createNativeTaskQuery().sql(query.select(filter.getSort(),
                filter.isDesc())), query.parameters()).listPage(page * filter.getSize(), filter.getSize());
        Map<String, String> mrnByInstance = businessKeys(found.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        Map<String, CaseSummary> summaries = cases.summaries(mrnByInstance.values()).stream()
                .collect(Collectors.toMap(CaseSummary::mrn, Function.identity()));
        List<InboxRow> rows = found.stream().map(task -> {
            CaseSummary summary = summaries.get(mrnByInstance.get(task.getProcessInstanceId()));
            return new InboxRow(task.getId(), task.getName(), task.getCreateTime().toInstant(), task.getAssignee(),
                    deadline(task, summary), summary);
        }).toList();
        return new InboxPage(rows, page, filter.getSize(), total);
    }

    /** The open task with the summary of its case, or empty when there is no such open task. */
    @Transactional(readOnly = true)
    public Optional<OpenTask> openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        String mrn = businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
        CaseSummary summary = mrn == null ? null : cases.summaries(List.of(mrn)).stream().findFirst().orElse(null);
        return Optional.of(new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                summary, task.getCreateTime().toInstant(), deadline(task, summary)));
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

    private Instant deadline(Task task, CaseSummary summary) {
        if (task.getDueDate() != null) {
            return task.getDueDate().toInstant();
        }
        return summary == null ? null : summary.eta().minus(properties.decisionMargin());
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

    /** A task of the process history: its kind, which case it belonged to, and when it was created. */
    public record PastTask(String definitionKey, String mrn, Instant created) {
    }

    /** An open task, the case it belongs to (null when there is no such case), when it was created, its deadline. */
    public record OpenTask(String id, String name, String definitionKey, String assignee, CaseSummary caseSummary,
            Instant created, Instant deadline) {
    }

    /**
     * The inbox's settings: a task without a due date of its own (every task but the clerks' referral, which the
     * workflow gives its escalation deadline) must be done this long before the ship's ETA
     * ({@code portcullis.inbox.decision-margin}, 2 hours unless set).
     */
    @ConfigurationProperties("portcullis.inbox")
    public record InboxProperties(Duration decisionMargin) {

        public InboxProperties {
            decisionMargin = decisionMargin == null ? Duration.ofHours(2) : decisionMargin;
        }
    }
}
