package org.portcullis.casework.cases;

import java.time.Instant;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;

/** What a list or a notice needs to know of a case, without reading its filing. */
public record CaseSummary(String mrn, String carrierId, String lrn, CaseStatus status, String vesselImo,
        String vesselName, String portOfCall, Instant eta, int consignmentCount, int currentVersion,
        String currentMessageId, Outcome outcome, Lane lane, Instant registeredAt, Instant updatedAt) {
}
