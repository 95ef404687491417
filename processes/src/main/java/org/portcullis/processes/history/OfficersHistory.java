package org.portcullis.processes.history;

import java.util.List;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Writes the engine's history that someone reads: process and activity instances and tasks (the case file's
 * process path, {@link ProcessPath}, and an officer's past tasks), incidents, failed jobs, candidate groups and
 * the operations administrators made. Variable values and their every change, and the log of every job created
 * and done, are not written: Portcullis keeps what was decided, by whom and why in its own records (the case
 * timeline, decisions, the tamper-evident log), and nothing reads them from the engine.
 */
final class OfficersHistory implements HistoryEventHandler {

    private final HistoryEventHandler database;

    OfficersHistory(HistoryEventHandler database) {
        this.database = database;
    }

    static OfficersHistory toDatabase() {
        return new OfficersHistory(new DbHistoryEventHandler());
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (isRead(event)) {
            database.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    static boolean isRead(HistoryEvent event) {
        if (event instanceof HistoricJobLogEvent job) {
            return job.getState() == JobState.FAILED.getStateCode();
        }
        return event instanceof HistoricProcessInstanceEventEntity
                || event instanceof HistoricActivityInstanceEventEntity
                || event instanceof HistoricTaskInstanceEventEntity
                || event instanceof HistoricIncidentEventEntity
                || event instanceof HistoricIdentityLinkLogEventEntity
                || event instanceof UserOperationLogEntryEventEntity;
    }
}
