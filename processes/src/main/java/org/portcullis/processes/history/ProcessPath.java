package org.portcullis.processes.history;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/** The way the case's clearance process has gone so far, from Camunda's history, and any open incidents. */
@Component
public class ProcessPath {

    private final HistoryService history;
    private final RuntimeService runtime;

    public ProcessPath(HistoryService history, RuntimeService runtime) {
        this.history = history;
        this.runtime = runtime;
    }

    public Path of(String mrn) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(mrn).orderByProcessInstanceStartTime().asc().list();
        if (instances.isEmpty()) {
            return new Path(null, List.of(), List.of());
        }
        HistoricProcessInstance instance = instances.get(instances.size() - 1);
        List<Step> steps = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(activity -> !"multiInstanceBody".equals(activity.getActivityType()))
                .map(ProcessPath::step).toList();
        List<OpenIncident> incidents = runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
                .map(ProcessPath::incident).toList();
        return new Path(instance.getState(), steps, incidents);
    }

    private static Step step(HistoricActivityInstance activity) {
        return new Step(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
                activity.getStartTime().toInstant(),
                activity.getEndTime() == null ? null : activity.getEndTime().toInstant(), activity.getAssignee(),
                activity.isCanceled());
    }

    private static OpenIncident incident(Incident incident) {
        return new OpenIncident(incident.getId(), incident.getActivityId(), incident.getIncidentType(),
                incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant());
    }

    /** The process's state (ACTIVE, COMPLETED ...), its steps in order, and its open incidents. */
    public record Path(String state, List<Step> steps, List<OpenIncident> incidents) {
    }

    /** One activity the process passed or waits at; open while it has no end. */
    public record Step(String activityId, String name, String type, Instant started, Instant ended, String assignee,
            boolean canceled) {

        public boolean open() {
            return ended == null;
        }
    }

    /** An incident (a job that failed its retries) holding the case up. */
    public record OpenIncident(String id, String activityId, String type, String message, Instant at) {
    }
}
