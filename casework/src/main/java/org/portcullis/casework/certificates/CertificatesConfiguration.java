package org.portcullis.casework.certificates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.portcullis.model.certificate.ShipCertificateChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The trusted issuers of ship certificates, read once at start, and the checks the assessment gives the rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificatesProperties.class)
class CertificatesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CertificatesConfiguration.class);
    static final String PACKAGED = "/certificates/certificate-issuers.yml";

    @Bean
    TrustedIssuers trustedIssuers(CertificatesProperties properties) {
        Path file = Path.of(properties.issuersFile());
        try {
            TrustedIssuers issuers;
            if (Files.exists(file)) {
                issuers = TrustedIssuers.read(file);
                log.info("Trusted certificate issuers from {}: {} keys", file.toAbsolutePath(), issuers.keys().size());
            } else {
                issuers = packaged();
                log.info("No certificate issuers file at {}: the demo's issuers (packaged) serve", file);
            }
            return issuers;
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate issuers file cannot be read: " + e.getMessage(), e);
        }
    }

    @Bean
    ShipCertificateChecks shipCertificateChecks(TrustedIssuers issuers) {
        return new ShipCertificateVerifier(() -> issuers);
    }

    private static TrustedIssuers packaged() throws IOException {
        try (InputStream in = CertificatesConfiguration.class.getResourceAsStream(PACKAGED)) {
            if (in == null) {
                return TrustedIssuers.NONE;
            }
            return TrustedIssuers.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "certificate-issuers.yml (packaged)");
        }
    }
}
