package org.portcullis.model.notice;

import org.portcullis.model.agency.Formality;
import org.portcullis.model.value.Mrn;

/**
 * Port: issues a notice about a case to its carrier, in the caller's transaction (the notice leaves only if the
 * transaction commits). Implemented by the webapp's outbox.
 */
public interface NoticeIssuer {

    void issue(Mrn mrn, NoticeType type, String reason);

    /** A formality response of one agency, or the port call's overall state, with the agency's reason. */
    void issue(Mrn mrn, NoticeType type, String reason, Formality formality);
}
