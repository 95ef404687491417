package org.portcullis.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.portcullis.processes.operations.EngineFigures;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The workflow's figures: jobs due for the job executor and jobs out of retries, open incidents (read from the
 * engine when scraped, the same on every node); open and overdue tasks per candidate group and the version of the
 * rule set this node serves (refreshed every {@code portcullis.operations.metrics-refresh}). The groups are the
 * engine's groups (bounded by the authority's configuration) and any group a task names.
 */
@Component
class WorkflowMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(WorkflowMetrics.class);

    private final EngineFigures engine;
    private final JdbcClient jdbc;
    private final LiveRuleSet liveRuleSet;
    private final Clock clock;
    private MultiGauge openTasks;
    private MultiGauge overdueTasks;
    private MultiGauge ruleSetServing;

    WorkflowMetrics(EngineFigures engine, JdbcClient jdbc, LiveRuleSet liveRuleSet, Clock clock) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.liveRuleSet = liveRuleSet;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portcullis.jobs.due", engine, EngineFigures::jobsDue)
                .description("jobs the job executor may run now (its backlog)").register(registry);
        Gauge.builder("portcullis.jobs.failed", engine, EngineFigures::jobsFailed)
                .description("jobs out of retries").register(registry);
        Gauge.builder("portcullis.incidents.open", engine, EngineFigures::openIncidents)
                .description("open incidents of the process engine").register(registry);
        openTasks = MultiGauge.builder("portcullis.tasks.open").description("open tasks per candidate group")
                .register(registry);
        overdueTasks = MultiGauge.builder("portcullis.tasks.overdue")
                .description("open tasks past their due date per candidate group").register(registry);
        ruleSetServing = MultiGauge.builder("portcullis.rules.serving")
                .description("1 for the version of the rule set this node serves").register(registry);
        refresh();
    }

    @Scheduled(fixedDelayString = "${portcullis.operations.metrics-refresh:PT15S}",
            initialDelayString = "${portcullis.operations.metrics-refresh:PT15S}")
    void refresh() {
        if (openTasks == null) {
            return;
        }
        try {
            Map<String, long[]> perGroup = tasksPerGroup();
            openTasks.register(rows(perGroup, 0), true);
            overdueTasks.register(rows(perGroup, 1), true);
        } catch (DataAccessException e) {
            log.warn("Task figures not refreshed: {}", e.getMessage());
        }
        RuleSet serving = liveRuleSet.current();
        ruleSetServing.register(serving == null ? List.of()
                : List.of(MultiGauge.Row.of(Tags.of("version", serving.version()), 1)), true);
    }

    private Map<String, long[]> tasksPerGroup() {
        Map<String, long[]> perGroup = new TreeMap<>();
        jdbc.sql("select id_ from act_id_group").query(String.class).list()
                .forEach(group -> perGroup.put(group, new long[2]));
        jdbc.sql("""
                select l.group_id_ as candidate_group, count(distinct t.id_) as open_tasks,
                       count(distinct case when t.due_date_ < ? then t.id_ end) as overdue_tasks
                from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_
                where l.type_ = 'candidate' and l.group_id_ is not null
                group by l.group_id_""")
                .param(Timestamp.from(clock.instant()))
                .query((row, n) -> Map.entry(row.getString(1), new long[] {row.getLong(2), row.getLong(3)}))
                .list().forEach(entry -> perGroup.put(entry.getKey(), entry.getValue()));
        return perGroup;
    }

    private static List<MultiGauge.Row<?>> rows(Map<String, long[]> perGroup, int figure) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        perGroup.forEach((group, figures) -> rows.add(MultiGauge.Row.of(Tags.of("group", group), figures[figure])));
        return rows;
    }
}
