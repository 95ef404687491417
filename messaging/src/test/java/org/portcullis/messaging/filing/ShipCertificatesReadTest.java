package org.portcullis.messaging.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.ShipCertificate;
import org.portcullis.model.intake.CarrierMessage;
import org.portcullis.model.intake.FilingReadResult;

/** Ship certificates (schema 1.2): read into the model, kept in the stored document, a malformed JWS refused. */
class ShipCertificatesReadTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "filing-with-certificates.json");

    private final JsonFilingReader reader = new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema());

    @Test
    void readsTheDeclaredFieldsAndTheSignedForm() throws IOException {
        ShipCertificate certificate = filing(Files.readAllBytes(EXAMPLE)).certificates().get(0);

        assertThat(certificate.type()).isEqualTo("ISSC");
        assertThat(certificate.number()).isEqualTo("ISSC-2026-0042");
        assertThat(certificate.issuer()).isEqualTo("DEMO-FLAG");
        assertThat(certificate.issueDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(certificate.expiryDate()).isEqualTo(LocalDate.of(2031, 1, 14));
        assertThat(certificate.trackingNumber()).isEqualTo("DEMO-FLAG-ISSC-2026-0042");
        assertThat(certificate.jws()).startsWith("eyJhbGciOiJFZERTQSIsImtpZCI6ImRlbW8tZmxhZy0yMDI2In0.");
    }

    @Test
    void theStoredDocumentKeepsTheCertificatesAsFiled() throws IOException {
        Filing filing = filing(Files.readAllBytes(EXAMPLE));
        FilingDocuments documents = new FilingDocuments(FilingJson.objectMapper());

        Filing again = documents.read(documents.write(filing), "m-1", "MSC");

        assertThat(again.certificates()).isEqualTo(filing.certificates());
    }

    @Test
    void aJwsThatIsNotThreeBase64urlPartsIsRefusedWithThePointerToIt() throws IOException {
        String text = Files.readString(EXAMPLE).replaceFirst("\"jws\": \"[^\"]+\"", "\"jws\": \"not-a-jws\"");

        assertThat(errors(text)).extracting(ValidationError::code, ValidationError::pointer)
                .containsExactly(tuple(ErrorCode.CERTIFICATE_JWS_MALFORMED, "/certificates/0/jws"));
    }

    @Test
    void aJwsSignedWithASharedSecretIsRefused() throws IOException {
        String hmac = "eyJhbGciOiJIUzI1NiJ9.eyJ0eXBlIjoiSVNTQyJ9.c2lnbmF0dXJl";
        String text = Files.readString(EXAMPLE).replaceFirst("\"jws\": \"[^\"]+\"", "\"jws\": \"" + hmac + "\"");

        assertThat(errors(text)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.CERTIFICATE_JWS_MALFORMED);
            assertThat(error.message()).contains("HS256", "ES256 or EdDSA");
        });
    }

    @Test
    void aFilingWithoutCertificatesReadsAsUnder11() throws IOException {
        Filing filing = filing(Files.readAllBytes(Path.of("..", "docs", "samples", "filing-green.json")));

        assertThat(filing.certificates()).isEmpty();
    }

    private Filing filing(byte[] body) {
        FilingReadResult result = reader.read(body);
        assertThat(result).as(result.toString()).isInstanceOf(FilingReadResult.Valid.class);
        return ((CarrierMessage.Submission) ((FilingReadResult.Valid) result).message()).filing();
    }

    private java.util.List<ValidationError> errors(String text) {
        FilingReadResult result = reader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(FilingReadResult.Invalid.class);
        return ((FilingReadResult.Invalid) result).errors();
    }
}
