package org.portcullis.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.portcullis.processes.clearance.ClearanceDeadlines;
import org.portcullis.processes.clearance.ClearanceVariables;
import org.portcullis.processes.history.ProcessHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda alone: the application's own BPMN model, deployed in a bare engine on the same kind of database with the
 * application's history level and job executor settings, every delegate replaced by a stub that only sets what the
 * gateways read (outcome RELEASE). Instances are started from two threads (as the two filing listeners do) with a
 * window of instances in flight; the figure is instances per second that reach ASSESSMENT_COMPLETE.
 */
final class CamundaBound {

    private static final Logger log = LoggerFactory.getLogger(CamundaBound.class);
    private static final String MODEL = "bpmn/pre-arrival-clearance.bpmn";

    private final AtomicLong completed = new AtomicLong();
    private final List<String> afterSchema;
    private Semaphore window;

    CamundaBound() {
        this(List.of());
    }

    /** @param afterSchema SQL run once the engine has created its schema, before the warm-up (bench.engine.sql) */
    CamundaBound(List<String> afterSchema) {
        this.afterSchema = afterSchema;
    }

    /**
     * Instances per second, and the CPU each took: the engine's JVM (this harness) and PostgreSQL, in ms; the
     * instances completed in the window and its statements (empty without a profile); the cores everything else on
     * the machine used in the window (an idle application among them when bounds are interleaved with end to end).
     */
    record Result(double instancesPerSecond, double jvmMsPerInstance, double databaseMsPerInstance, long instances,
            StatementProfile.Snapshot statements, double databaseWaitMsPerInstance, double jvmWaitMsPerInstance,
            double otherCores) {

        double cpuMsPerInstance() {
            return jvmMsPerInstance + databaseMsPerInstance;
        }
    }

    Result measure(String jdbcUrl, String user, String password, ApplicationSettings app, Warmup warmup,
            long measureMillis, long databasePid, StatementProfile profile) throws Exception {
        try (HikariDataSource dataSource = dataSource(jdbcUrl, user, password)) {
            ProcessEngine engine = engine(dataSource, app);
            try {
                runAfterSchema(dataSource);
                engine.getRepositoryService().createDeployment().addClasspathResource(MODEL).deploy();
                window = new Semaphore(EndToEndRun.WINDOW);
                int starters = Integer.parseInt(app.get("portcullis.messaging.listener-concurrency", "2").split("-")[0]);
                ExecutorService threads = Executors.newFixedThreadPool(starters);
                AtomicBoolean stop = new AtomicBoolean();
                JitSettling settling = warmup.start(ProcessHandle.current().pid());
                for (int t = 0; t < starters; t++) {
                    int thread = t;
                    threads.submit(() -> startUntil(engine, stop, thread));
                }
                settling.await();
                log.info("Camunda alone: warm after {} s", settling.warmup().toSeconds());
                // the engine's JVM is this harness: its CPU is the "application's" (otherCores would count it twice)
                CpuUse cpu = new CpuUse(ProcessHandle.current().pid(), databasePid);
                if (profile != null) {
                    profile.reset();
                }
                long atStart = completed.get();
                CpuUse.Sample cpuFrom = cpu.sample();
                Thread.sleep(measureMillis);
                long done = completed.get() - atStart;
                CpuUse.Between used = CpuUse.between(cpuFrom, cpu.sample());
                StatementProfile.Snapshot statements = profile != null ? profile.snapshot()
                        : StatementProfile.Snapshot.NONE;
                stop.set(true);
                threads.shutdown();
                threads.awaitTermination(60, TimeUnit.SECONDS);
                double rate = done / (measureMillis / 1000.0);
                log.info("Camunda alone: {} instances/s", String.format("%.1f", rate));
                return new Result(rate, CpuUse.Between.perUnit(used.appCores(), rate),
                        CpuUse.Between.perUnit(used.databaseCores(), rate), done, statements,
                        CpuUse.Between.perUnit(used.databaseWaitCores(), rate),
                        CpuUse.Between.perUnit(used.appWaitCores(), rate),
                        Math.max(0, used.machineBusyShare() * Runtime.getRuntime().availableProcessors()
                                - used.appCores() - used.databaseCores()));
            } finally {
                engine.close();
            }
        }
    }

    private void runAfterSchema(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : afterSchema) {
                statement.execute(sql);
            }
        }
    }

    private Void startUntil(ProcessEngine engine, AtomicBoolean stop, int thread) throws InterruptedException {
        long n = 0;
        while (!stop.get()) {
            if (window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                engine.getRuntimeService().startProcessInstanceByKey(ClearanceVariables.PROCESS_KEY,
                        "B" + thread + "-" + n++);
            }
        }
        return null;
    }

    private ProcessEngine engine(HikariDataSource dataSource, ApplicationSettings app) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory(app.get("camunda.bpm.history-level", "full"));
        configuration.setJdbcBatchProcessing(Boolean.parseBoolean(
                app.get("camunda.bpm.database.jdbc-batch-processing", "true")));
        configuration.setJobExecutorActivate(true);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setMetricsEnabled(Boolean.parseBoolean(app.get("camunda.bpm.metrics.enabled", "true")));
        // the lock update keeps ROOT_PROC_INST_ID_ (indexed) only when the acquisition reads it (docs/performance.md)
        configuration.setJobExecutorAcquireExclusiveOverProcessHierarchies(Boolean.parseBoolean(app.get(
                "camunda.bpm.generic-properties.properties.job-executor-acquire-exclusive-over-process-hierarchies",
                "false")));
        DefaultJobExecutor jobs = new DefaultJobExecutor();
        jobs.setCorePoolSize(app.getInt("camunda.bpm.job-execution.core-pool-size", 3));
        jobs.setMaxPoolSize(app.getInt("camunda.bpm.job-execution.max-pool-size", 10));
        jobs.setQueueSize(app.getInt("camunda.bpm.job-execution.queue-capacity", 3));
        jobs.setMaxJobsPerAcquisition(app.getInt("camunda.bpm.job-execution.max-jobs-per-acquisition", 3));
        jobs.setWaitTimeInMillis(app.getInt("camunda.bpm.job-execution.wait-time-in-millis", 5000));
        jobs.setMaxWait(app.getInt("camunda.bpm.job-execution.max-wait", 60000));
        jobs.setBackoffTimeInMillis(app.getInt("camunda.bpm.job-execution.backoff-time-in-millis", 0));
        configuration.setJobExecutor(jobs);
        StubDelegate stub = new StubDelegate();
        configuration.setBeans(Map.of("assessFilingDelegate", stub, "issueNoticeDelegate", stub,
                "changeCaseStatusDelegate", stub, "clearanceDeadlines",
                new ClearanceDeadlines(Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(1)),
                "agencyClearance", new BoundAgencies(), "assessForAgencyDelegate", BoundAgencies.assessment(),
                "agencyFormalityDelegate", BoundAgencies.formality()));
        new ProcessHistory(app.get("portcullis.process-history", "officers")).preInit(configuration);
        return configuration.buildProcessEngine();
    }

    private static HikariDataSource dataSource(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        // The bare engine opens a nested connection inside some commands (Spring shares one per thread): room for both.
        dataSource.setMaximumPoolSize(30);
        return dataSource;
    }

    /**
     * Every delegate of the model: the assessment says RELEASE and sets the same process variables as
     * AssessFilingDelegate on a first assessment (it has no earlier round to forget); the ASSESSMENT_COMPLETE notice
     * counts.
     */
    private final class StubDelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            if (!execution.hasVariable(ClearanceVariables.OUTCOME)) {
                execution.setVariable(ClearanceVariables.OUTCOME, "RELEASE");
                execution.setVariable(ClearanceVariables.LANE, "GREEN");
                execution.setVariable(ClearanceVariables.RULE_SET_VERSION, "benchmark");
                execution.setVariable(ClearanceVariables.ETA, Date.from(Instant.now().plus(Duration.ofDays(3))));
            }
            if ("ASSESSMENT_COMPLETE".equals(String.valueOf(execution.getVariableLocal("noticeType")))) {
                completed.incrementAndGet();
                window.release();
            }
        }
    }
}
