package org.portcullis.processes.jobs;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.springframework.stereotype.Component;

/**
 * A job that lost a race with another transaction on the same case (the engine's optimistic lock: an arrival heard
 * while an agency's assessment ran, two agencies finishing together) runs again at once, without counting as a
 * failure. The engine would otherwise wait the task's whole retry interval (30 s) before trying again, which delays
 * a release or an answer for no reason: the other transaction has committed by then. Other failures keep the
 * retry cycle of their task.
 */
@Component
public class ConcurrentUpdateRetry extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(new RetryAtOnceAfterConcurrentUpdate());
    }

    /** Which command records a failed job: at once after a concurrent update, the task's retry cycle otherwise. */
    static final class RetryAtOnceAfterConcurrentUpdate implements FailedJobCommandFactory {

        @Override
        public Command<Object> getCommand(String jobId, Throwable failure) {
            return failure instanceof OptimisticLockingException
                    ? new RunAgainAtOnce(jobId, failure) : new DefaultJobRetryCmd(jobId, failure);
        }
    }
}
