package org.portcullis.messaging.pcs;

import java.util.Objects;

/** A free pratique notice to the port community system ready to leave: its properties and its JSON body. */
public record PcsFreePratiqueMessage(String noticeId, String freePratique, String mrn, String body) {

    public PcsFreePratiqueMessage {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(freePratique, "freePratique");
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(body, "body");
    }
}
