package org.portcullis.processes.inbox;

import java.time.Instant;

/**
 * An open task of the clearance workflow: its id, name and kind (the BPMN task id), who holds it, the MRN of its
 * case, when it was created and its own due date (null when the workflow set none).
 */
public record InboxTask(String id, String name, String definitionKey, String assignee, String mrn, Instant created,
        Instant due) {
}
