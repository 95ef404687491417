package org.portcullis.processes.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.portcullis.model.error.FailureSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Stops the process engine's job executor cleanly when the application shuts down, after the web server and the
 * listeners have finished what they had in hand: no new jobs are acquired, the jobs this node holds run to their
 * end (up to {@code spring.lifecycle.timeout-per-shutdown-phase}), and the locks of jobs it acquired but never ran
 * are released, so that another node, or this one restarted, runs them at once instead of after the lock expires.
 * A node without a job executor ({@code camunda.bpm.job-execution.enabled=false}) has nothing to stop.
 */
@Component
public class JobExecutorShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobExecutorShutdown.class);
    /** Below the web server's graceful shutdown and the JMS listener containers, which stop first. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final JobExecutor jobExecutor;
    private final DataSource dataSource;
    private final Duration timeout;
    private volatile boolean running;

    JobExecutorShutdown(ObjectProvider<JobExecutor> jobExecutors, DataSource dataSource,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
        this.jobExecutor = jobExecutors.getIfAvailable();
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (jobExecutor == null || !jobExecutor.isActive()) {
            return;
        }
        String lockOwner = jobExecutor.getLockOwner();
        jobExecutor.shutdown();
        boolean drained = awaitJobsInHand(timeout.minusSeconds(2));
        if (!drained) {
            log.warn("Jobs still running {} after the job executor stopped; their locks expire as configured",
                    timeout.minusSeconds(2));
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement release = connection.prepareStatement(
                        "update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where lock_owner_ = ?")) {
            release.setString(1, lockOwner);
            int released = release.executeUpdate();
            log.info("Job executor stopped: the jobs in hand finished, {} acquired job(s) released", released);
        } catch (SQLException e) {
            log.warn("Job executor stopped, the jobs in hand finished; the locks of the jobs it acquired were not "
                    + "released and expire as configured: {}", FailureSummary.of(e));
        }
    }

    private boolean awaitJobsInHand(Duration limit) {
        if (!(jobExecutor instanceof SpringJobExecutor spring)
                || !(spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool)) {
            return false;
        }
        ThreadPoolExecutor executor = pool.getThreadPoolExecutor();
        long deadline = System.nanoTime() + limit.toNanos();
        while (executor.getActiveCount() > 0 || !executor.getQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
