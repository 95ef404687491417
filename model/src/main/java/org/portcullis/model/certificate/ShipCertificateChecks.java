package org.portcullis.model.certificate;

import java.util.List;
import org.portcullis.model.filing.Filing;

/**
 * Port: checks the ship certificates a filing refers to (signature, trusted issuer, dates against the port call,
 * tracking number, revocation). Implemented by the application over its trusted issuers; the assessment gives the
 * results to the rules as facts. {@link #NONE} checks nothing.
 */
@FunctionalInterface
public interface ShipCertificateChecks {

    ShipCertificateChecks NONE = filing -> List.of();

    /** One check per certificate of the filing, in the filing's order. */
    List<CertificateCheck> of(Filing filing);
}
