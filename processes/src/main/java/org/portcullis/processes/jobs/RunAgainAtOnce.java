package org.portcullis.processes.jobs;

import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a job that lost a concurrent update back for the job executor now, with its retries untouched and no
 * exception recorded (it did not fail; another transaction changed the case first).
 */
final class RunAgainAtOnce extends JobRetryCmd {

    private static final Logger log = LoggerFactory.getLogger(RunAgainAtOnce.class);

    RunAgainAtOnce(String jobId, Throwable exception) {
        super(jobId, exception);
    }

    @Override
    public Object execute(CommandContext commandContext) {
        JobEntity job = getJob();
        if (job != null) {
            job.setDuedate(ClockUtil.getCurrentTime());
            job.unlock();
            notifyAcquisition(commandContext);
            log.debug("Job {} ({}) met a concurrent update of its case; it runs again now", job.getId(),
                    job.getActivityId());
        }
        return null;
    }
}
