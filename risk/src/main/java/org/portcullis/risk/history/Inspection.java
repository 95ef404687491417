package org.portcullis.risk.history;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.clearance.InspectionVerdict;

/** The physical inspection of a consignment: when its result was recorded and what it found. */
public record Inspection(Instant recordedAt, InspectionVerdict verdict) {

    public Inspection {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The label the model learns: the inspection found an irregularity (held or seized). */
    public boolean found() {
        return verdict != InspectionVerdict.NO_IRREGULARITY;
    }
}
