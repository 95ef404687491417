package org.portcullis.model.filing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A ship certificate the filing refers to, as IMO FAL.5/Circ.39/Rev.2 describes electronic certificates: its type,
 * number, issuer, dates, the issuer's unique tracking number, and its signed form ({@code jws}, a compact JWS, checked
 * against the authority's trusted issuers before the rules see it). The names are those of the published schema.
 */
public record ShipCertificate(String type, String number, String issuer, LocalDate issueDate,
        LocalDate expiryDate, String trackingNumber, String jws) {

    public ShipCertificate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
    }
}
