package org.portcullis.casework.certificates;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the trusted issuers of ship certificates are.
 *
 * @param issuersFile the certificate issuers file (default the repository's {@code config/certificate-issuers.yml},
 *     relative to the working directory); when it does not exist, the demo's copy packaged in the casework jar serves
 */
@ConfigurationProperties("portcullis.certificates")
public record CertificatesProperties(String issuersFile) {

    public CertificatesProperties {
        issuersFile = issuersFile == null || issuersFile.isBlank() ? "config/certificate-issuers.yml" : issuersFile;
    }
}
