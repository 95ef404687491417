package org.portcullis.model.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;

class IotEventFieldsTest {

    private static final String AT = "2026-12-01T10:15:00Z";

    @Test
    void buildsASealEventWithTheOperatorOfTheTopic() {
        IotEvent event = valid(Map.of("eventId", "e-1", "eventType", "SEAL_STATUS", "observedAt", AT,
                "container", "MSCU1234566", "sealNumber", "ML-123456", "sealStatus", "OPENED"));

        assertThat(event).isEqualTo(new SealEvent("e-1", "ACME", Instant.parse(AT),
                org.portcullis.model.value.ContainerNumber.of("MSCU1234566"), "ML-123456", SealStatus.OPENED));
    }

    @Test
    void buildsAVesselPositionWithOptionalImoCourseAndSpeed() {
        VesselPosition full = (VesselPosition) valid(Map.of("eventId", "ais-1", "eventType", "VESSEL_POSITION",
                "observedAt", AT, "vessel", Map.of("mmsi", "357123000", "imoNumber", "9839284"),
                "position", Map.of("latitude", 51.95, "longitude", 4.05), "courseOverGround", 87.5,
                "speedOverGround", 12));
        VesselPosition bare = (VesselPosition) valid(Map.of("eventId", "ais-2", "eventType", "VESSEL_POSITION",
                "observedAt", AT, "vessel", Map.of("mmsi", "357123000"),
                "position", Map.of("latitude", 51.95, "longitude", 4.05)));

        assertThat(full.imoNumber().value()).isEqualTo("9839284");
        assertThat(full.speedOverGroundKnots()).isEqualTo(12.0);
        assertThat(full.courseOverGround()).isEqualTo(87.5);
        assertThat(bare.imoNumber()).isNull();
        assertThat(bare.speedOverGroundKnots()).isNull();
    }

    @Test
    void reportsEveryValueErrorWithItsPointer() {
        var errors = invalid(Map.of("eventId", "e-2", "eventType", "VESSEL_POSITION", "observedAt", "yesterday",
                "vessel", Map.of("mmsi", "35712300", "imoNumber", "9839285"),
                "position", Map.of("latitude", 91, "longitude", -181), "speedOverGround", 150));

        assertThat(errors).extracting(ValidationError::code, ValidationError::pointer).containsExactlyInAnyOrder(
                tuple(ErrorCode.SCHEMA_FORMAT, "/observedAt"),
                tuple(ErrorCode.MMSI_INVALID, "/vessel/mmsi"),
                tuple(ErrorCode.IMO_NUMBER_CHECK_DIGIT, "/vessel/imoNumber"),
                tuple(ErrorCode.SCHEMA_RANGE, "/position/latitude"),
                tuple(ErrorCode.SCHEMA_RANGE, "/position/longitude"),
                tuple(ErrorCode.SCHEMA_RANGE, "/speedOverGround"));
    }

    @Test
    void refusesMembersTheEventTypeDoesNotCarry() {
        var errors = invalid(Map.of("eventId", "e-3", "eventType", "DOOR", "observedAt", AT,
                "container", "MSCU1234566", "door", "OPENED", "temperatureCelsius", 4.0));

        assertThat(errors).extracting(ValidationError::code, ValidationError::pointer)
                .containsExactly(tuple(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/temperatureCelsius"));
        assertThat(errors.get(0).message()).contains("DOOR");
    }

    @Test
    void unknownEventTypeAndMissingFieldsAreNamed() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("eventType", "HUMIDITY");
        document.put("observedAt", AT);

        assertThat(invalid(document)).extracting(ValidationError::code, ValidationError::pointer)
                .containsExactlyInAnyOrder(tuple(ErrorCode.SCHEMA_REQUIRED, "/eventId"),
                        tuple(ErrorCode.SCHEMA_ENUM, "/eventType"));
    }

    @Test
    void containerNumberWithWrongCheckDigitIsRefused() {
        var errors = invalid(Map.of("eventId", "e-4", "eventType", "REEFER_TEMPERATURE", "observedAt", AT,
                "container", "MSCU1234567", "temperatureCelsius", "cold"));

        assertThat(errors).extracting(ValidationError::code, ValidationError::pointer).containsExactlyInAnyOrder(
                tuple(ErrorCode.CONTAINER_NUMBER_CHECK_DIGIT, "/container"),
                tuple(ErrorCode.SCHEMA_TYPE, "/temperatureCelsius"));
    }

    private static IotEvent valid(Map<String, ?> document) {
        IotEventReadResult result = IotEventFields.toEvent(document, "ACME");
        assertThat(result).isInstanceOf(IotEventReadResult.Valid.class);
        return ((IotEventReadResult.Valid) result).event();
    }

    private static java.util.List<ValidationError> invalid(Map<String, ?> document) {
        IotEventReadResult result = IotEventFields.toEvent(document, "ACME");
        assertThat(result).isInstanceOf(IotEventReadResult.Invalid.class);
        return ((IotEventReadResult.Invalid) result).errors();
    }
}
