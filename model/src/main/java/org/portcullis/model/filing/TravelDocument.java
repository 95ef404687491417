package org.portcullis.model.filing;

import java.time.LocalDate;
import org.portcullis.model.value.CountryCode;

/**
 * A person's identity or travel document: type (passport, seafarer's identity document ...), number, issuer, expiry,
 * and the machine readable zone as printed on it (ICAO Doc 9303 TD3 or TD1 lines), when the carrier read it.
 */
public record TravelDocument(String type, String number, CountryCode issuingState, LocalDate expiry, String mrz) {

    /** A document declared without its MRZ. */
    public TravelDocument(String type, String number, CountryCode issuingState, LocalDate expiry) {
        this(type, number, issuingState, expiry, null);
    }
}
