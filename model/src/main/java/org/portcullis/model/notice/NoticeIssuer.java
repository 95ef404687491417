package org.portcullis.model.notice;

import org.portcullis.model.value.Mrn;

/**
 * Port: issues a notice about a case to its carrier, in the caller's transaction (the notice leaves only if the
 * transaction commits). Implemented by the webapp's outbox.
 */
public interface NoticeIssuer {

    void issue(Mrn mrn, NoticeType type, String reason);
}
