package org.portcullis.app.task;

import org.portcullis.casework.cases.AssessmentRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.portcullis.app.security.Officer;
import org.portcullis.app.web.Times;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.processes.inbox.InboxCriteria;
import org.portcullis.processes.inbox.InboxTask;
import org.portcullis.processes.inbox.PastTask;
import org.portcullis.processes.inbox.TaskInbox;
import org.portcullis.processes.inbox.TaskPage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks an officer may work, with the case each is about and its deadline: the inbox the officer filtered
 * (the workflow's {@link TaskInbox} pages it in the database), one open task, and a task of the history.
 */
@Service
public class OfficerTasks {

    private final TaskInbox inbox;
    private final CaseFileRepository cases;
    private final Times times;
    private final Clock clock;
    private final InboxProperties properties;
    private final AssessmentRepository assessments;

    public OfficerTasks(TaskInbox inbox, CaseFileRepository cases, Times times, Clock clock,
            InboxProperties properties, AssessmentRepository assessments) {
        this.inbox = inbox;
        this.cases = cases;
        this.assessments = assessments;
        this.times = times;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public InboxPage inbox(Officer officer, InboxFilter filter) {
        TaskPage page = inbox.page(criteria(officer, filter), filter.getPage(), filter.getSize());
        Map<String, CaseSummary> summaries = cases.summaries(page.tasks().stream().map(InboxTask::mrn)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CaseSummary::mrn, Function.identity()));
        Map<String, List<String>> agencies = assessments.agenciesOfLatest(summaries.keySet());
        List<InboxRow> rows = page.tasks().stream().map(task -> {
            CaseSummary summary = summaries.get(task.mrn());
            return new InboxRow(task.id(), task.name(), task.created(), task.assignee(), deadline(task, summary),
                    summary, task.definitionKey(), agencies.get(task.mrn()));
        }).toList();
        return new InboxPage(rows, page.page(), page.size(), page.total());
    }

    /** The open task with the summary of its case, or empty when there is no such open task. */
    @Transactional(readOnly = true)
    public Optional<OpenTask> openTask(String taskId) {
        return inbox.openTask(taskId).map(task -> {
            CaseSummary summary = task.mrn() == null ? null
                    : cases.summaries(List.of(task.mrn())).stream().findFirst().orElse(null);
            return new OpenTask(task.id(), task.name(), task.definitionKey(), task.assignee(), summary,
                    task.created(), deadline(task, summary));
        });
    }

    /** A task as the process history remembers it (open or ended), with the MRN of its case. */
    public Optional<PastTask> pastTask(String taskId) {
        return inbox.pastTask(taskId);
    }

    private InboxCriteria criteria(Officer officer, InboxFilter filter) {
        Instant etaFrom = filter.getEtaFrom() == null ? null
                : filter.getEtaFrom().atStartOfDay(times.zoneId()).toInstant();
        Instant etaTo = filter.getEtaTo() == null ? null
                : filter.getEtaTo().plusDays(1).atStartOfDay(times.zoneId()).toInstant();
        return new InboxCriteria(officer.userId(), officer.groups(), filter.getScope(), filter.portCode(),
                filter.vesselText(), filter.getLane(), filter.getOutcome(), etaFrom, etaTo, filter.getDeadline(),
                clock.instant(), times.dueSoonWindow(), properties.decisionMargin(), filter.getSort(),
                filter.isDesc());
    }

    private Instant deadline(InboxTask task, CaseSummary summary) {
        if (task.due() != null) {
            return task.due();
        }
        return summary == null ? null : summary.eta().minus(properties.decisionMargin());
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
