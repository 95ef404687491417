package org.portcullis.model.clearance;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.Mrn;

/** A physical inspection as scheduled: where, when, by which inspecting officer, and who scheduled it. */
public record InspectionOrder(Mrn mrn, String place, Instant scheduledFor, String inspector, String scheduledBy,
        Instant scheduledAt) {

    public InspectionOrder {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        Objects.requireNonNull(scheduledBy, "scheduledBy");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException("an inspection needs a place");
        }
        if (inspector == null || inspector.isBlank()) {
            throw new IllegalArgumentException("an inspection needs an inspecting officer");
        }
    }
}
