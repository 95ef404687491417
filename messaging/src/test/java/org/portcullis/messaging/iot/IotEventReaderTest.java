package org.portcullis.messaging.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.iot.ContainerPosition;
import org.portcullis.model.iot.IotEventReadResult;
import org.portcullis.model.iot.ReeferReading;
import org.portcullis.model.iot.SealEvent;
import org.portcullis.model.iot.SealStatus;
import org.portcullis.model.iot.VesselPosition;

class IotEventReaderTest {

    private static final String TOPIC = "portcullis/iot/ACME/reefer-17";
    private static final String DOOR = """
            {"eventId": "d-1", "eventType": "DOOR", "observedAt": "2026-12-01T10:00:00Z",
             "container": "TGHU9999995", "door": "OPENED"}""";

    private final IotEventReader reader = new IotEventReader(FilingJson.objectMapper(),
            new IotTopics(Map.of("acme-reefer-17", "ACME", "globaltrack", "GLOBALTRACK")));

    @Test
    void readsEachSampleWithTheOperatorOfItsTopic() throws IOException {
        SealEvent seal = (SealEvent) valid(sample("seal-status.json"));
        ReeferReading reefer = (ReeferReading) valid(sample("reefer-temperature.json"));
        ContainerPosition position = (ContainerPosition) valid(sample("container-position.json"));
        VesselPosition vessel = (VesselPosition) valid(sample("vessel-position.json"));

        assertThat(seal.operator()).isEqualTo("ACME");
        assertThat(seal.status()).isEqualTo(SealStatus.OPENED);
        assertThat(seal.container().value()).isEqualTo("MSCU1234566");
        assertThat(seal.observedAt()).isEqualTo(Instant.parse("2026-12-02T03:10:00Z"));
        assertThat(reefer.temperatureCelsius()).isEqualTo(13.4);
        assertThat(reefer.setPointCelsius()).isEqualTo(13.3);
        assertThat(position.position().latitude()).isEqualTo(51.2167);
        assertThat(vessel.mmsi().value()).isEqualTo("357123000");
        assertThat(vessel.imoNumber().value()).isEqualTo("9839284");
        assertThat(vessel.speedOverGroundKnots()).isEqualTo(16.2);
    }

    @Test
    void acceptsTheAddressFormOfTheTopic() {
        assertThat(reader.read("portcullis.iot.ACME.reefer-17", "acme-reefer-17", utf8(DOOR)))
                .isInstanceOf(IotEventReadResult.Valid.class);
    }

    @Test
    void eventOnAnotherOperatorsTopicIsRefused() {
        var invalid = invalid(reader.read("portcullis/iot/ACME/tracker-1", "globaltrack", utf8(DOOR)));

        assertThat(invalid.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.IOT_TOPIC_NOT_ALLOWED);
            assertThat(error.pointer()).isEmpty();
            assertThat(error.message()).contains("globaltrack", "another operator");
        });
    }

    @Test
    void eventLargerThan64KiBIsRefusedUnread() {
        byte[] body = new byte[IotEventReader.MAX_EVENT_BYTES + 1];
        Arrays.fill(body, (byte) ' ');

        var invalid = invalid(reader.read(TOPIC, "acme-reefer-17", body));

        assertThat(invalid.errors()).extracting(ValidationError::code).containsExactly(ErrorCode.IOT_EVENT_TOO_LARGE);
    }

    @Test
    void byteOrderMarkIsRefusedWithItsOwnMessage() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        body.write(utf8(DOOR));

        var invalid = invalid(reader.read(TOPIC, "acme-reefer-17", body.toByteArray()));

        assertThat(invalid.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_MESSAGE);
            assertThat(error.message()).contains("byte order mark");
        });
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = DOOR.replace("TGHU9999995", "TGHU999999\u00e9").getBytes(StandardCharsets.ISO_8859_1);

        var invalid = invalid(reader.read(TOPIC, "acme-reefer-17", body));

        assertThat(invalid.summary()).isEqualTo("MALFORMED_MESSAGE at (body): the body is not valid UTF-8");
    }

    @Test
    void everyErrorIsReportedAtOnceWithCodeAndPointer() {
        var invalid = invalid(reader.read(TOPIC, "acme-reefer-17", utf8("""
                {"eventId": "v-9", "eventType": "VESSEL_POSITION", "observedAt": "2026-12-01T10:00:00Z",
                 "vessel": {"mmsi": "3571230", "imoNumber": "9839285"},
                 "position": {"latitude": -91, "longitude": 4.05}, "container": "MSCU1234567"}""")));

        assertThat(invalid.errors()).extracting(ValidationError::code, ValidationError::pointer)
                .containsExactlyInAnyOrder(
                        tuple(ErrorCode.MMSI_INVALID, "/vessel/mmsi"),
                        tuple(ErrorCode.IMO_NUMBER_CHECK_DIGIT, "/vessel/imoNumber"),
                        tuple(ErrorCode.SCHEMA_RANGE, "/position/latitude"),
                        tuple(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/container"));
    }

    @Test
    void bodyThatIsNotAnObjectIsRefusedByTheSchema() {
        var invalid = invalid(reader.read(TOPIC, "acme-reefer-17", utf8("[]")));

        assertThat(invalid.errors()).extracting(ValidationError::code, ValidationError::pointer)
                .contains(tuple(ErrorCode.SCHEMA_TYPE, ""));
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(IotCorpusTest.SAMPLES.resolve(name));
    }

    private org.portcullis.model.iot.IotEvent valid(byte[] body) {
        IotEventReadResult result = reader.read(TOPIC, "acme-reefer-17", body);
        assertThat(result).as(result.toString()).isInstanceOf(IotEventReadResult.Valid.class);
        return ((IotEventReadResult.Valid) result).event();
    }

    private static IotEventReadResult.Invalid invalid(IotEventReadResult result) {
        assertThat(result).isInstanceOf(IotEventReadResult.Invalid.class);
        return (IotEventReadResult.Invalid) result;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
