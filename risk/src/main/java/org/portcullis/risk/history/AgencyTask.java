package org.portcullis.risk.history;

import java.time.Instant;
import java.util.Objects;

/** A task an agency's officer worked on for a port call (an inspection, a health check): when and how long. */
public record AgencyTask(String mrn, String agency, Instant doneAt, double hours) {

    public AgencyTask {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(doneAt, "doneAt");
        if (!(hours >= 0)) {
            throw new IllegalArgumentException("a task takes a non-negative number of hours, not " + hours);
        }
    }
}
