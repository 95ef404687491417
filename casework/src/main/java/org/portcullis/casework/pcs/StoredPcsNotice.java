package org.portcullis.casework.pcs;

import java.time.Instant;

/** A notice to the terminal as the outbox holds it. */
public record StoredPcsNotice(String noticeId, long seq, String mrn, String containerNumber, String containerStatus,
        String body, Instant createdAt, Instant publishedAt) {
}
