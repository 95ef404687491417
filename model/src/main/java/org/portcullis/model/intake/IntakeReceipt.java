package org.portcullis.model.intake;

import org.portcullis.model.notice.Notice;

/** The answer to an inbound message: the notice the carrier gets, and whether it repeats an earlier answer. */
public record IntakeReceipt(Notice notice, boolean duplicate) {
}
