package org.portcullis.model.notice;

import org.portcullis.model.assessment.Lane;
import org.portcullis.model.agency.Formality;
import org.portcullis.model.value.Mrn;

/**
 * Port: issues a notice about a case to its carrier, in the caller's transaction (the notice leaves only if the
 * transaction commits). Implemented by the webapp's outbox.
 */
public interface NoticeIssuer {

    /**
     * Issues the notice with the reason the carrier may read (null for none) and the lane of the control decided;
     * without a lane the notice carries the lane of the case's latest assessment.
     */
    void issue(Mrn mrn, NoticeType type, String reason, Lane lane);

    /** Issues the notice with the lane of the case's latest assessment. */
    default void issue(Mrn mrn, NoticeType type, String reason) {
        issue(mrn, type, reason, (Lane) null);
    }

    /** A formality response of one agency, or the port call's overall state, with the agency's reason. */
    void issue(Mrn mrn, NoticeType type, String reason, Formality formality);
}
