package org.portcullis.app.notice;

import java.time.Instant;

/** A notice as the outbox holds it. */
public record StoredNotice(String noticeId, long seq, String carrierId, String type, String lrn, String mrn,
        String correlationId, String body, Instant createdAt, Instant publishedAt) {
}
