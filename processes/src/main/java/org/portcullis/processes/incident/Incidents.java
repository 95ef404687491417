package org.portcullis.processes.incident;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.portcullis.processes.clearance.ClearanceVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technical failures of clearance cases that ran out of retries (Camunda incidents of failed jobs), and the
 * supervisor's retry once the cause has been fixed: the job gets one more attempt, due now, which the job executor
 * makes at once; if it fails again, the incident comes back.
 */
@Service
public class Incidents {

    private static final String FAILED_JOB = "failedJob";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;

    public Incidents(RuntimeService runtime, ManagementService management, RepositoryService repository) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
    }

    /** The open incidents of failed jobs, oldest first, with the case and the step that failed. */
    @Transactional(readOnly = true)
    public List<OpenIncident> open(int max) {
        return describe(runtime.createIncidentQuery().incidentType(FAILED_JOB)
                .orderByIncidentTimestamp().asc().listPage(0, max));
    }

    private List<OpenIncident> describe(List<Incident> incidents) {
        Set<String> instanceIds = incidents.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> caseByInstance = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return incidents.stream().map(incident -> new OpenIncident(incident.getId(),
                caseByInstance.get(incident.getProcessInstanceId()), failedActivity(incident),
                stepName(incident), incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant()))
                .toList();
    }

    /** The open incidents of assessments (a rule that looped or threw), newest first. */
    @Transactional(readOnly = true)
    public List<OpenIncident> failedAssessments(int max) {
        return describe(runtime.createIncidentQuery().activityId(ClearanceVariables.ASSESS_RISK_TASK)
                .orderByIncidentTimestamp().desc().listPage(0, max));
    }

    /**
     * Gives the failed job of the incident one more attempt.
     *
     * @throws IncidentNotOpenException when the incident was resolved already (retried by someone else)
     */
    @Transactional
    public void retry(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).incidentType(FAILED_JOB)
                .singleResult();
        if (incident == null) {
            throw new IncidentNotOpenException(incidentId);
        }
        management.setJobRetries(1).jobId(incident.getConfiguration()).dueDate(ClockUtil.getCurrentTime()).execute();
    }

    private static String failedActivity(Incident incident) {
        return incident.getFailedActivityId() != null ? incident.getFailedActivityId() : incident.getActivityId();
    }

    private String stepName(Incident incident) {
        FlowElement element = repository.getBpmnModelInstance(incident.getProcessDefinitionId())
                .getModelElementById(failedActivity(incident));
        return element == null || element.getName() == null ? failedActivity(incident) : element.getName();
    }
}
