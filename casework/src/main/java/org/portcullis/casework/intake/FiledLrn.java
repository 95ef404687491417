package org.portcullis.casework.intake;

import java.time.Instant;

/** One LRN a carrier filed: the case it belongs to, whether it still stands, its latest filing document. */
record FiledLrn(String carrierId, String lrn, String mrn, Status status, String document, Instant lastSentAt) {

    enum Status { ACTIVE, CANCELLED }

    /** True when a message sent at {@code sentAt} was sent before the last message applied to this LRN. */
    boolean sentBeforeLastApplied(Instant sentAt) {
        return sentAt != null && lastSentAt != null && sentAt.isBefore(lastSentAt);
    }
}
