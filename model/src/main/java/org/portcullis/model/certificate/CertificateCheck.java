package org.portcullis.model.certificate;

import java.util.List;
import java.util.Objects;
import org.portcullis.model.filing.ShipCertificate;

/**
 * What the authority found checking one certificate of a filing: the certificate as declared, the trusted issuer that
 * signed it (null when none did) and each problem with a plain sentence; none means verified.
 */
public record CertificateCheck(int index, ShipCertificate certificate, String signedBy, List<Finding> problems) {

    public CertificateCheck {
        Objects.requireNonNull(certificate, "certificate");
        problems = List.copyOf(problems);
    }

    public boolean verified() {
        return problems.isEmpty();
    }

    public boolean has(CertificateProblem problem) {
        return problems.stream().anyMatch(found -> found.problem() == problem);
    }

    /** The plain sentences of the problems, joined; empty when verified. */
    public String reasons() {
        return String.join(" ", problems.stream().map(Finding::reason).toList());
    }

    /** One problem and why, in a sentence an officer reads. */
    public record Finding(CertificateProblem problem, String reason) {
    }
}
