package org.portcullis.casework.reassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The re-assessment worker runs on every node by default; {@code portcullis.reassessment.worker-enabled=false} leaves
 * it out of a node (one for filings beside a node for events), and only that.
 */
class ReassessmentWorkerSwitchTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(ReassessmentRequests.class, () -> mock(ReassessmentRequests.class))
            .withBean(CaseReassessment.class, () -> mock(CaseReassessment.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(ReassessmentWorker.class);

    @Test
    void everyNodeRunsTheWorkerByDefault() {
        runner.run(context -> assertThat(context).hasSingleBean(ReassessmentWorker.class));
        runner.withPropertyValues("portcullis.reassessment.worker-enabled=true")
                .run(context -> assertThat(context).hasSingleBean(ReassessmentWorker.class));
    }

    @Test
    void aNodeWithTheWorkerOffHasNone() {
        runner.withPropertyValues("portcullis.reassessment.worker-enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ReassessmentWorker.class)
                        .hasSingleBean(ReassessmentRequests.class));
    }
}
