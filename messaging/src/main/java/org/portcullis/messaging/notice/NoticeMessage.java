package org.portcullis.messaging.notice;

import java.util.Objects;

/** A notice ready to leave: its routing and correlation properties and its body (JSON, or CUSRES in EDIFACT). */
public record NoticeMessage(String noticeId, String carrierId, String type, String lrn, String mrn,
        String correlationId, String body, String contentType) {

    public NoticeMessage {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(carrierId, "carrierId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        contentType = contentType == null ? "application/json" : contentType;
    }
}
