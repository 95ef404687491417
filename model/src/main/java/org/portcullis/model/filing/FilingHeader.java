package org.portcullis.model.filing;

import java.time.Instant;
import java.util.Objects;

/**
 * Who sent the filing and which of the sender's filings it is. The LRN is the sender's own reference for the
 * filing; the message id and carrier id come from the transport (message properties or the HTTP request).
 */
public record FilingHeader(String lrn, String messageId, String carrierId, MessageFunction function, Instant sentAt) {

    public FilingHeader {
        Objects.requireNonNull(lrn, "lrn");
        Objects.requireNonNull(function, "function");
    }
}
