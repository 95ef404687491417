package org.portcullis.processes.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentUpdateRetryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    private ProcessEngine engine;

    @AfterEach
    void closeEngine() {
        ClockUtil.reset();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aJobThatMetAConcurrentUpdateIsDueAgainAtOnceWithItsRetriesKept() {
        engine = engine(true);
        Job job = jobFailingWith(new OptimisticLockingException("the case was updated by another transaction"));

        assertThat(job.getDuedate()).isEqualTo(Date.from(NOW));
        assertThat(job.getRetries()).isEqualTo(3);
        assertThat(job.getExceptionMessage()).isNull();
    }

    @Test
    void anyOtherFailureWaitsTheTasksRetryIntervalAndCountsAsAFailure() {
        engine = engine(true);
        Job job = jobFailingWith(new IllegalStateException("the terminal did not answer"));

        assertThat(job.getDuedate()).isEqualTo(Date.from(NOW.plusSeconds(30)));
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getExceptionMessage()).isEqualTo("the terminal did not answer");
    }

    @Test
    void withoutThePluginTheEngineWouldWaitTheWholeRetryIntervalAfterAConcurrentUpdate() {
        engine = engine(false);
        Job job = jobFailingWith(new OptimisticLockingException("the case was updated by another transaction"));

        assertThat(job.getDuedate()).isEqualTo(Date.from(NOW.plusSeconds(30)));
    }

    private Job jobFailingWith(RuntimeException exception) {
        ClockUtil.setCurrentTime(Date.from(NOW));
        failure.set(exception);
        engine.getRepositoryService().createDeployment().addModelInstance("notify.bpmn", process()).deploy();
        engine.getRuntimeService().startProcessInstanceByKey("notify");
        Job job = engine.getManagementService().createJobQuery().singleResult();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                .isInstanceOf(exception.getClass());
        return engine.getManagementService().createJobQuery().singleResult();
    }

    private static ProcessEngine engine(boolean withPlugin) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:concurrent-update-retry-" + withPlugin + ";DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setProcessEngineName("concurrent-update-retry-" + withPlugin);
        if (withPlugin) {
            configuration.setProcessEnginePlugins(List.of(new ConcurrentUpdateRetry()));
        }
        return configuration.buildProcessEngine();
    }

    private static BpmnModelInstance process() {
        return Bpmn.createExecutableProcess("notify").startEvent()
                .serviceTask("Task_Notify").camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R3/PT30S")
                .camundaClass(FailingOnce.class.getName())
                .endEvent().done();
    }

    /** Fails with the exception the test chose. */
    public static class FailingOnce implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw failure.get();
        }
    }
}
