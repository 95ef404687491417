package org.portcullis.model.filing;

import java.time.LocalDate;
import org.portcullis.model.value.CountryCode;

/** A person's identity or travel document: type (passport, seafarer's identity document ...), number, issuer, expiry. */
public record TravelDocument(String type, String number, CountryCode issuingState, LocalDate expiry) {
}
