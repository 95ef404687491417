package org.portcullis.model.filing;

import java.time.LocalDate;
import java.util.Objects;

/** The International Ship Security Certificate (ISPS Code, part A, section 19): full or interim, issuer, expiry. */
public record SecurityCertificate(SecurityCertificateType type, String issuer, LocalDate expiry) {

    public SecurityCertificate {
        Objects.requireNonNull(type, "type");
    }

    /** A full certificate (up to five years) or an interim one (up to six months). */
    public enum SecurityCertificateType {
        FULL,
        INTERIM
    }
}
