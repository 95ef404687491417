package org.portcullis.model.clearance;

import java.time.Instant;
import org.portcullis.model.value.Mrn;

/**
 * Port: what controls leave on the case file: inspections as scheduled, their results, and the carrier's answers to
 * requests for information. Written in the caller's transaction. Implemented by the webapp.
 */
public interface ControlRecords {

    void recordInspectionOrder(InspectionOrder order);

    void recordInspectionResult(InspectionResult result);

    void recordInformationAnswer(Mrn mrn, String answer, Instant receivedAt);
}
