package org.portcullis.model.clearance;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.Mrn;

/**
 * The result of a physical inspection, always with the details of what was found (internal, audited) and,
 * optionally, the message the carrier receives with the notice.
 */
public record InspectionResult(Mrn mrn, InspectionVerdict verdict, String details, String carrierMessage,
        String officer, Instant recordedAt) {

    public InspectionResult {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (details == null || details.isBlank()) {
            throw new IllegalArgumentException("an inspection result needs its details");
        }
        carrierMessage = carrierMessage == null || carrierMessage.isBlank() ? null : carrierMessage.strip();
    }

    /** A result without a message to the carrier. */
    public InspectionResult(Mrn mrn, InspectionVerdict verdict, String details, String officer, Instant recordedAt) {
        this(mrn, verdict, details, null, officer, recordedAt);
    }
}
