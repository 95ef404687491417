package org.portcullis.messaging.pcs;

import java.util.Objects;

/** A notice to the terminal ready to leave: its properties and its JSON body. */
public record PcsNoticeMessage(String noticeId, String containerNumber, String containerStatus, String mrn,
        String body) {

    public PcsNoticeMessage {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(containerNumber, "containerNumber");
        Objects.requireNonNull(containerStatus, "containerStatus");
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(body, "body");
    }
}
