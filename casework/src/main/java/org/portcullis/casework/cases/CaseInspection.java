package org.portcullis.casework.cases;

import java.time.Instant;
import org.portcullis.model.clearance.InspectionVerdict;

/**
 * An inspection as the case file shows it: as scheduled, and its result once recorded (else nulls): the details
 * (internal) and the message the carrier received (null for none).
 */
public record CaseInspection(String place, Instant scheduledFor, String inspector, String scheduledBy,
        Instant scheduledAt, InspectionVerdict verdict, String details, String carrierMessage, String recordedBy,
        Instant recordedAt) {
}
