package org.portcullis.model.intake;

import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;

/**
 * The answer to an inbound message: the notice the carrier gets (ACCEPTED with the MRN, or REJECTED), and whether
 * it repeats the answer to an earlier message with the same message id.
 */
public record IntakeReceipt(String noticeId, NoticeType type, Mrn mrn, boolean duplicate) {
}
