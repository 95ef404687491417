package org.portcullis.processes.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

class OfficersHistoryTest {

    private final List<HistoryEvent> written = new ArrayList<>();
    private final OfficersHistory history = new OfficersHistory(new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
            written.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    });

    @Test
    void writesThePathTasksIncidentsAndOperationsOfficersAndAdministratorsRead() {
        List<HistoryEvent> read = List.of(new HistoricProcessInstanceEventEntity(),
                new HistoricActivityInstanceEventEntity(), new HistoricTaskInstanceEventEntity(),
                new HistoricIncidentEventEntity(), new UserOperationLogEntryEventEntity(), job(JobState.FAILED));

        history.handleEvents(read);

        assertThat(written).containsExactlyElementsOf(read);
    }

    @Test
    void leavesOutVariableValuesTheirChangesAndTheLogOfJobsThatRanWell() {
        history.handleEvents(List.of(new HistoricVariableUpdateEventEntity(), new HistoricDetailEventEntity(),
                job(JobState.CREATED), job(JobState.SUCCESSFUL), job(JobState.DELETED)));

        assertThat(written).isEmpty();
    }

    private static HistoricJobLogEvent job(JobState state) {
        HistoricJobLogEvent event = new HistoricJobLogEvent();
        event.setState(state.getStateCode());
        return event;
    }
}
