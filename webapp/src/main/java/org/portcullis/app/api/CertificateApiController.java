package org.portcullis.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import org.portcullis.casework.clearancecertificate.CaseNotReleasedException;
import org.portcullis.casework.clearancecertificate.ClearanceCertificates;
import org.portcullis.casework.clearancecertificate.IssuedCertificate;
import org.portcullis.model.value.Mrn;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clearance certificates over HTTP: a carrier gets the certificate of one of its released cases; anyone holding a
 * certificate's number reads it (it names a vessel, a port call and a release, nothing personal).
 */
@RestController
@Tag(name = "Certificates")
class CertificateApiController {

    private final ClearanceCertificates certificates;
    private final CarrierFilings filings;

    CertificateApiController(ClearanceCertificates certificates, CarrierFilings filings) {
        this.certificates = certificates;
        this.filings = filings;
    }

    @PostMapping(path = "/api/v1/filings/{mrn}/clearance-certificate", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The clearance certificate of one of your released cases (issued on the first request)",
            description = "404 when the MRN is not one of your cases; 409 CASE_NOT_RELEASED while it is not released.")
    ResponseEntity<?> issue(@PathVariable String mrn, Principal carrier) {
        if (!Mrn.isValid(mrn) || filings.find(Mrn.of(mrn), carrier.getName()).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        try {
            IssuedCertificate certificate = certificates.issue(Mrn.of(mrn), carrier.getName());
            return ResponseEntity.created(URI.create("/api/v1/certificates/" + certificate.id()))
                    .body(view(certificate));
        } catch (CaseNotReleasedException notReleased) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new NotReleased("CASE_NOT_RELEASED", "mrn",
                    notReleased.getMessage(), "Ask again once the case is RELEASED (GET /api/v1/filings/{mrn})."));
        }
    }

    @GetMapping(path = "/api/v1/certificates/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A clearance certificate by its number: the JWS, the log index of the release, where to "
            + "verify it")
    ResponseEntity<CertificateView> certificate(@PathVariable String id) {
        return ResponseEntity.of(certificates.find(id).map(this::view));
    }

    private CertificateView view(IssuedCertificate certificate) {
        return new CertificateView(certificate.id(), certificate.mrn(), certificate.logIndex(),
                certificate.issuedAt(), certificate.jws(), certificates.verificationUrl(certificate));
    }

    /** A clearance certificate: its number, case, the log index of its release, the JWS and the QR code's URL. */
    record CertificateView(String id, String mrn, long logIndex, Instant issuedAt, String jws, String verifyUrl) {
    }

    /** Why no certificate was issued, in the shape of the log API's problems. */
    record NotReleased(String code, String parameter, String message, String hint) {
    }
}
