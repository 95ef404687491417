package org.portcullis.casework.intake;

import java.time.Instant;

/**
 * One LRN a carrier filed: the case it belongs to, whether it still stands, its latest filing document (by its
 * SHA-256 in the document store, or as text in a row written before documents were stored once).
 */
record FiledLrn(String carrierId, String lrn, String mrn, Status status, String documentSha256,
        String legacyDocument, Instant lastSentAt) {

    enum Status { ACTIVE, CANCELLED }

    /** True when a message sent at {@code sentAt} was sent before the last message applied to this LRN. */
    boolean sentBeforeLastApplied(Instant sentAt) {
        return sentAt != null && lastSentAt != null && sentAt.isBefore(lastSentAt);
    }
}
