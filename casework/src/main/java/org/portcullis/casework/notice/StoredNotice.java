package org.portcullis.casework.notice;

import java.time.Instant;
import org.portcullis.model.intake.Syntax;

/** A notice as the outbox holds it: its JSON body, and the syntax it leaves in on the carrier's queue. */
public record StoredNotice(String noticeId, long seq, String carrierId, String type, String lrn, String mrn,
        String correlationId, String body, Syntax syntax, Instant createdAt, Instant publishedAt,
        Instant acknowledgedAt) {
}
