package org.portcullis.casework.cases;

import java.time.Instant;
import org.portcullis.model.clearance.InspectionVerdict;

/** An inspection as the case file shows it: as scheduled, and its result once recorded (else nulls). */
public record CaseInspection(String place, Instant scheduledFor, String inspector, String scheduledBy,
        Instant scheduledAt, InspectionVerdict verdict, String details, String recordedBy, Instant recordedAt) {
}
