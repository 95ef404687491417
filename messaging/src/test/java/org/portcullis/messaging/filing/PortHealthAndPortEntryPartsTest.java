package org.portcullis.messaging.filing;

import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.CarrierMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.IllPerson;
import org.portcullis.model.filing.SanitationCertificate;
import org.portcullis.model.filing.SecurityCertificate;
import org.portcullis.model.filing.WasteNotification;
import org.portcullis.model.filing.WasteType;

/** Schema version 1.1: the full Maritime Declaration of Health, ISPS security information and the waste notification. */
class PortHealthAndPortEntryPartsTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "port-health-security-waste-part.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonFilingReader reader = new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema());

    @Test
    void readsTheFullMaritimeDeclarationOfHealth() throws IOException {
        var health = valid(Files.readAllBytes(EXAMPLE)).health();

        assertThat(health.personsIll()).isEqualTo(1);
        assertThat(health.questions().illPersonsOnBoard().answer()).isTrue();
        assertThat(health.questions().medicalPractitionerConsulted().details()).contains("CIRM");
        assertThat(health.questions().stowawaysFound().answer()).isFalse();
        assertThat(health.sanitationCertificate().type())
                .isEqualTo(SanitationCertificate.SanitationCertificateType.EXEMPTION);
        assertThat(health.sanitationCertificate().issuedAt().value()).isEqualTo("SGSIN");
        assertThat(health.sanitationCertificate().expiry()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(health.affectedAreaVisited().answer()).isFalse();
        assertThat(health.portsVisited()).extracting(visit -> visit.port().value()).containsExactly("GBFXT", "SGSIN");
        assertThat(health.illPersons()).singleElement().satisfies(person -> {
            assertThat(person.name()).isEqualTo("Santos, Maria");
            assertThat(person.onsetOfSymptoms()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(person.disposal()).isEqualTo(IllPerson.Disposal.ON_BOARD);
        });
        assertThat(health.crewOnBoard()).isEqualTo(22);
    }

    @Test
    void readsSecurityInformationAndMeasuresPerPreviousPort() throws IOException {
        Filing filing = valid(Files.readAllBytes(EXAMPLE));

        assertThat(filing.security().certificate().type()).isEqualTo(SecurityCertificate.SecurityCertificateType.FULL);
        assertThat(filing.security().certificate().expiry()).isEqualTo(LocalDate.of(2029, 5, 31));
        assertThat(filing.security().shipSecurityOfficer().name()).isEqualTo("Jansen, Pieter");
        assertThat(filing.security().approvedSecurityPlanOnBoard()).isTrue();
        assertThat(filing.portCall().previousPorts().get(1).additionalSecurityMeasures())
                .startsWith("Gangway watch doubled");
        assertThat(filing.portCall().previousPorts().get(0).additionalSecurityMeasures()).isNull();
    }

    @Test
    void readsTheWasteNotification() throws IOException {
        WasteNotification waste = valid(Files.readAllBytes(EXAMPLE)).waste();

        assertThat(waste.lastDeliveryPort().value()).isEqualTo("SGSIN");
        assertThat(waste.delivery()).isEqualTo(WasteNotification.WasteDelivery.SOME);
        assertThat(waste.nextDeliveryPort().value()).isEqualTo("DEHAM");
        assertThat(waste.wastes()).extracting(item -> item.type()).containsExactly(WasteType.OILY_RESIDUES_SLUDGE,
                WasteType.FOOD_WASTE, WasteType.SEWAGE);
        assertThat(waste.wastes().get(2).quantityOnBoard()).isEqualByComparingTo(new BigDecimal("6"));
        assertThat(waste.wastes().get(2).type().annex()).isEqualTo(WasteType.MarpolAnnex.IV);
    }

    @Test
    void storedDocumentOfVersionOnePointOneReadsBackToTheSameFiling() throws IOException {
        Filing filing = valid(Files.readAllBytes(EXAMPLE)).withTransport("m", "MSC");
        FilingDocuments documents = new FilingDocuments(FilingJson.objectMapper());

        String stored = documents.write(filing);

        assertThat(documents.read(stored, "m", "MSC")).isEqualTo(filing);
        assertThat(reader.read(stored.getBytes(StandardCharsets.UTF_8))).isInstanceOf(FilingReadResult.Valid.class);
    }

    @Test
    void securityOrWasteAloneIsAFilingPart() throws IOException {
        ObjectNode document = example();
        document.remove(List.of("health", "waste"));

        assertThat(valid(JSON.writeValueAsBytes(document)).security()).isNotNull();
    }

    @Test
    void reportsBadDatesWithTheirPointers() throws IOException {
        ObjectNode document = example();
        ((ObjectNode) document.at("/health/sanitationCertificate")).put("expiry", "2027-02-30");
        ((ObjectNode) document.at("/security/certificate")).put("expiry", "31.05.2029");
        ((ObjectNode) document.at("/health/illPersons/0")).put("onsetOfSymptoms", "yesterday");

        assertThat(invalid(document)).extracting(ValidationError::code, ValidationError::pointer)
                .containsExactlyInAnyOrder(tuple(ErrorCode.SCHEMA_FORMAT, "/health/sanitationCertificate/expiry"),
                        tuple(ErrorCode.SCHEMA_FORMAT, "/security/certificate/expiry"),
                        tuple(ErrorCode.SCHEMA_FORMAT, "/health/illPersons/0/onsetOfSymptoms"));
    }

    @Test
    void reportsBadLocodesWithTheirPointers() throws IOException {
        ObjectNode document = example();
        ((ObjectNode) document.at("/health/portsVisited/1")).put("port", "SG-S1N");
        ((ObjectNode) document.at("/health/sanitationCertificate")).put("issuedAt", "SINGAPORE");
        ((ObjectNode) document.at("/waste")).put("nextDeliveryPort", "DE");
        ((ObjectNode) document.at("/waste/wastes/1")).put("remainingDeliveryPort", "D3HAM!");

        assertThat(invalid(document)).extracting(ValidationError::code, ValidationError::pointer)
                .containsExactlyInAnyOrder(tuple(ErrorCode.UNLOCODE_INVALID, "/health/portsVisited/1/port"),
                        tuple(ErrorCode.UNLOCODE_INVALID, "/health/sanitationCertificate/issuedAt"),
                        tuple(ErrorCode.UNLOCODE_INVALID, "/waste/nextDeliveryPort"),
                        tuple(ErrorCode.UNLOCODE_INVALID, "/waste/wastes/1/remainingDeliveryPort"));
    }

    @Test
    void refusesAnUnansweredHealthQuestionAndAnUnknownWasteType() throws IOException {
        ObjectNode document = example();
        ((ObjectNode) document.at("/health/questions")).remove("sickAnimalOnBoard");
        ((ObjectNode) document.at("/waste/wastes/0")).put("type", "OIL");

        assertThat(invalid(document)).extracting(ValidationError::code, ValidationError::pointer)
                .containsExactlyInAnyOrder(tuple(ErrorCode.SCHEMA_REQUIRED, "/health/questions/sickAnimalOnBoard"),
                        tuple(ErrorCode.SCHEMA_ENUM, "/waste/wastes/0/type"));
    }

    private static ObjectNode example() throws IOException {
        return (ObjectNode) JSON.readTree(EXAMPLE.toFile());
    }

    private Filing valid(byte[] body) {
        FilingReadResult result = reader.read(body);
        assertThat(result).as(result.toString()).isInstanceOf(FilingReadResult.Valid.class);
        return ((CarrierMessage.Submission) ((FilingReadResult.Valid) result).message()).filing();
    }

    private List<ValidationError> invalid(ObjectNode document) throws IOException {
        FilingReadResult result = reader.read(JSON.writeValueAsBytes(document));
        assertThat(result).isInstanceOf(FilingReadResult.Invalid.class);
        return ((FilingReadResult.Invalid) result).errors();
    }
}
