package org.portcullis.processes.operations;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** What an operator watches of the process engine: the job executor's backlog, jobs out of retries, incidents. */
@Component
public class EngineFigures {

    private final ManagementService management;
    private final RuntimeService runtime;

    EngineFigures(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /** Jobs the job executor may run now: retries left, due, not suspended. */
    public long jobsDue() {
        return management.createJobQuery().executable().count();
    }

    /** Jobs out of retries (each has an incident). */
    public long jobsFailed() {
        return management.createJobQuery().noRetriesLeft().count();
    }

    public long openIncidents() {
        return runtime.createIncidentQuery().count();
    }
}
