package org.portcullis.casework.clearancecertificate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Portcullis's clearance certificates name their issuer and where they are verified.
 *
 * @param authority the issuing authority's name, signed into each certificate
 * @param verifyUrl the public verification page's address as a terminal reaches it (the QR code holds it)
 */
@ConfigurationProperties("portcullis.clearance-certificates")
public record ClearanceCertificateProperties(String authority, String verifyUrl) {

    public ClearanceCertificateProperties {
        authority = authority == null || authority.isBlank() ? "Portcullis (demo authority)" : authority;
        verifyUrl = verifyUrl == null || verifyUrl.isBlank() ? "http://localhost:8080/verify" : verifyUrl;
    }
}
