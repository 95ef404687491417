package org.portcullis.processes.incident;

/** The incident was resolved already (its job retried by someone else, or its case ended). */
public class IncidentNotOpenException extends RuntimeException {

    public IncidentNotOpenException(String incidentId) {
        super("incident " + incidentId + " is no longer open");
    }
}
