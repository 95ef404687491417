package org.portcullis.model.agency;

import java.time.Instant;
import java.util.List;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;

/**
 * Port: the agencies of the deployment as the clearance workflow meets them. The lead agency (customs) clears the
 * case on the workflow's main path; every other agency whose agreement covers the filing clears it on a path of its
 * own. Implemented by the application from the agencies file.
 */
public interface AgencyClearances {

    /** The id of the agency that clears on the main path (customs in the demo). */
    String leadAgency();

    /** The agencies other than the lead that clear this case (those whose agreement sees its filing). */
    List<String> agenciesClearing(Mrn mrn);

    /** The candidate groups of the agency's officers, comma-separated (for a user task). */
    String officerGroups(String agency);

    /** The candidate groups of the agency's supervisors, comma-separated. */
    String supervisorGroups(String agency);

    /** True for port health: its formality response carries free pratique. */
    boolean grantsFreePratique(String agency);

    /** Assesses the case's current filing with the agency's rule folders and records the assessment. */
    AgencyAssessment assess(Mrn mrn, String agency);

    /** Records an agency officer's decision on the case, with its reason. */
    void recordDecision(Mrn mrn, String agency, ReferralDecision decision, String reason, String officer,
            Instant decidedAt);

    /** Records the agency's state on the case; answers the port call's state over the lead and every agency. */
    ClearanceState recordState(Mrn mrn, String agency, ClearanceState state);

    /**
     * Records that the agency's clearance of the case is pending, when the caller needs no port call state (with
     * the agency pending it is not cleared).
     */
    default void recordPending(Mrn mrn, String agency) {
        recordState(mrn, agency, ClearanceState.PENDING);
    }
}
