package org.portcullis.processes.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.portcullis.processes.clearance.ClearanceFixture.MRN;
import static org.portcullis.processes.clearance.ClearanceFixture.NOW;

import java.util.List;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.processes.incident.IncidentNotOpenException;
import org.portcullis.processes.incident.OpenIncident;

/** preArrivalClearance, path: Failures: retried, then an incident a supervisor retries after the fix. */
class FailurePathTest extends ClearanceProcessTest {

    @Test
    void failingAssessmentBecomesAnIncidentThatASupervisorRetriesAfterTheFix() {
        world.register((mrn, filing) -> {
            throw new IllegalStateException("rules unavailable");
        });
        world.openCase();

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> BpmnAwareTests.execute(BpmnAwareTests.job(world.instance)))
                    .hasMessageContaining("rules unavailable");
        }

        assertThat(world.instance).isWaitingAt("Task_AssessRisk");
        List<OpenIncident> open = world.incidents.open(10);
        assertThat(open).singleElement().satisfies(incident -> {
            assertThat(incident.mrn()).isEqualTo(MRN.value());
            assertThat(incident.stepName()).isEqualTo("Assess risk");
            assertThat(incident.message()).contains("rules unavailable");
        });

        world.register((mrn, filing) -> Assessment.of(List.of(), "v2", NOW));
        world.incidents.retry(open.get(0).id());
        world.runSteps();

        assertThat(world.incidents.open(10)).isEmpty();
        assertThat(world.instance).isWaitingAt("Event_VesselArrived");
        assertThatThrownBy(() -> world.incidents.retry(open.get(0).id())).isInstanceOf(IncidentNotOpenException.class);
    }

    @Test
    void failingReleaseAtArrivalIsKeptAsAnIncidentOnTheReleaseStep() {
        world.openAndAssess(Outcome.RELEASE);
        Mocks.register("issueNoticeDelegate", new IssueNoticeDelegate(world.caseFiles, world.notices,
                (mrn, status) -> {
                    throw new IllegalStateException("terminal notices unavailable");
                }, world.formalities));
        world.clearance.vesselArrived(MRN, ATA);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> BpmnAwareTests.execute(BpmnAwareTests.job("Task_Release", world.instance)))
                    .hasMessageContaining("terminal notices unavailable");
        }

        assertThat(world.incidents.open(10)).singleElement()
                .satisfies(incident -> assertThat(incident.stepName()).isEqualTo("Release"));
        assertThat(world.instance).isWaitingAt("Task_Release").isNotEnded();
    }
}
