package org.portcullis.model.filing;

import java.time.LocalDate;
import java.util.Objects;
import org.portcullis.model.value.UnLocode;

/**
 * The ship sanitation certificate (IHR 2005, Article 39 and Annex 3): a control or an exemption certificate, where
 * and by whom it was issued, its date of issue and expiry (at most six months later), and whether the issuer asked
 * for a re-inspection.
 */
public record SanitationCertificate(SanitationCertificateType type, UnLocode issuedAt, String issuer,
        LocalDate dateOfIssue, LocalDate expiry, boolean reinspectionRequired) {

    public SanitationCertificate {
        Objects.requireNonNull(type, "type");
    }

    /** The two kinds of ship sanitation certificate. */
    public enum SanitationCertificateType {
        CONTROL,
        EXEMPTION
    }
}
