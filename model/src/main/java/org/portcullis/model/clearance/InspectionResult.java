package org.portcullis.model.clearance;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.Mrn;

/** The result of a physical inspection, always with the details of what was found. */
public record InspectionResult(Mrn mrn, InspectionVerdict verdict, String details, String officer,
        Instant recordedAt) {

    public InspectionResult {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (details == null || details.isBlank()) {
            throw new IllegalArgumentException("an inspection result needs its details");
        }
    }
}
