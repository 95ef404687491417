package org.portcullis.messaging.pcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.pcs.PortCallEvent;
import org.portcullis.model.pcs.PortCallEventType;

class PcsEventReaderTest {

    private static final Path SAMPLES = Path.of("..", "docs", "samples", "pcs");

    private final PcsEventReader reader = new PcsEventReader(FilingJson.objectMapper());

    @Test
    void readsTheArrivalSampleWithItsAta() throws IOException {
        PortCallEvent event = valid(Files.readAllBytes(SAMPLES.resolve("vessel-arrived.json")));

        assertThat(event.eventId()).isEqualTo("pcs-NLRTM-2026-004711");
        assertThat(event.type()).isEqualTo(PortCallEventType.VESSEL_ARRIVED);
        assertThat(event.vessel().value()).isEqualTo("9839284");
        assertThat(event.port().value()).isEqualTo("NLRTM");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-12-04T14:20:00Z"));
        assertThat(event.voyageNumber()).isEqualTo("FL648W");
        assertThat(event.berth()).isEqualTo("ECT Delta 2");
    }

    @Test
    void readsTheDepartureSampleWithItsAtd() throws IOException {
        PortCallEvent event = valid(Files.readAllBytes(SAMPLES.resolve("vessel-departed.json")));

        assertThat(event.type()).isEqualTo(PortCallEventType.VESSEL_DEPARTED);
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-12-05T22:45:00Z"));
        assertThat(event.berth()).isNull();
    }

    @Test
    void arrivalWithoutAtaIsRefusedWithPointerToTheMissingElement() {
        var invalid = invalid("""
                {"eventId": "e1", "eventType": "VESSEL_ARRIVED", "vessel": {"imoNumber": "9839284"},
                 "portOfCall": "NLRTM", "atd": "2026-12-05T22:45:00Z"}""");

        assertThat(invalid.errors()).extracting(ValidationError::code, ValidationError::pointer)
                .contains(tuple(ErrorCode.SCHEMA_REQUIRED, "/ata"));
    }

    @Test
    void everyErrorIsReportedAtOnceWithCodeAndPointer() {
        var invalid = invalid("""
                {"eventId": "e1", "eventType": "VESSEL_ARRIVED", "vessel": {"imoNumber": "9839285"},
                 "portOfCall": "NL", "ata": "yesterday", "gate": "7"}""");

        assertThat(invalid.errors()).extracting(ValidationError::code, ValidationError::pointer).containsExactlyInAnyOrder(
                tuple(ErrorCode.IMO_NUMBER_CHECK_DIGIT, "/vessel/imoNumber"),
                tuple(ErrorCode.UNLOCODE_INVALID, "/portOfCall"),
                tuple(ErrorCode.SCHEMA_FORMAT, "/ata"),
                tuple(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/gate"));
        assertThat(invalid.summary()).contains("IMO_NUMBER_CHECK_DIGIT at /vessel/imoNumber");
    }

    @Test
    void bodyThatIsNotJsonIsRefusedAsMalformed() {
        var invalid = invalid("VESSEL ARRIVED 9839284");

        assertThat(invalid.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_MESSAGE);
            assertThat(error.pointer()).isEmpty();
        });
        assertThat(invalid.summary()).startsWith("MALFORMED_MESSAGE at (body)");
    }

    private PortCallEvent valid(byte[] body) {
        PcsEventReadResult result = reader.read(body);
        assertThat(result).isInstanceOf(PcsEventReadResult.Valid.class);
        return ((PcsEventReadResult.Valid) result).event();
    }

    private PcsEventReadResult.Invalid invalid(String body) {
        PcsEventReadResult result = reader.read(body.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(PcsEventReadResult.Invalid.class);
        return (PcsEventReadResult.Invalid) result;
    }
}
