package org.portcullis.processes.incident;

import java.time.Instant;

/** A case's step that failed and ran out of retries: which case, which step, the error, and since when. */
public record OpenIncident(String id, String mrn, String activityId, String stepName, String message,
        Instant since) {
}
