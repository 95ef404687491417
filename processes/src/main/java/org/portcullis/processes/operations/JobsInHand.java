package org.portcullis.processes.operations;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.portcullis.model.intake.WorkInHand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The process jobs this node's job executor is running or has acquired and queued (assessments, notices): a gauge
 * sensor events yield to. Counts nothing when the job executor is not Spring's thread pool, or when this node has
 * none ({@code camunda.bpm.job-execution.enabled=false}, a node that takes no filings).
 */
@Component
public class JobsInHand implements WorkInHand {

    private final ThreadPoolTaskExecutor pool;

    JobsInHand(ObjectProvider<JobExecutor> jobExecutors) {
        JobExecutor jobExecutor = jobExecutors.getIfAvailable();
        this.pool = jobExecutor instanceof SpringJobExecutor spring
                && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor tasks ? tasks : null;
    }

    @Override
    public int count() {
        return pool == null ? 0 : pool.getActiveCount() + pool.getQueueSize();
    }
}
