package org.portcullis.processes.inbox;

import java.time.Instant;

/** A task of the process history (open or ended): its kind, which case it belonged to, and when it was created. */
public record PastTask(String definitionKey, String mrn, Instant created) {
}
