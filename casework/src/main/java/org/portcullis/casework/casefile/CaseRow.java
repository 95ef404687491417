package org.portcullis.casework.casefile;

import java.time.Instant;
import java.util.Map;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.clearance.CaseStatus;

/**
 * One found case as an officer may see it, for the search page and its CSV: a value the agreements that apply to the
 * filing do not give is null (the LRN, vessel and port call are filing fields; the counts say how many consignments,
 * crew members and passengers the filing has, so they are shown only with the consignments or the lists). The MRN,
 * carrier, registration, customs' status and lane and every agency's state (whose hold, never why) are the case's.
 */
public record CaseRow(String mrn, String carrierId, String lrn, String vesselImo, String vesselName,
        String portOfCall, Instant eta, CaseStatus status, Lane lane, Instant registeredAt, Integer consignments,
        Integer crew, Integer passengers, Map<String, ClearanceState> states) {

    /** The port call's state over the agencies that have one on the case; pending before any has one. */
    public ClearanceState portCallState() {
        return states.isEmpty() ? ClearanceState.PENDING : ClearanceState.overall(states.values());
    }
}
