package org.portcullis.model.iot;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.GeoPosition;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.Mmsi;

/**
 * Builds a sensor event from a document of the published event format ({@code iot-event-v1.schema.json}) given as
 * the tree a JSON parser makes. Every value is checked against its type (container check digit, MMSI, IMO number,
 * ranges) and every error is reported with its JSON Pointer, including members the event's type does not carry.
 * Messaging's reader runs the schema first; scenario files are read with this alone.
 */
public final class IotEventFields {

    private static final Set<String> COMMON = Set.of("eventId", "eventType", "observedAt");
    private static final Map<IotEventType, Set<String>> MEMBERS = Map.of(
            IotEventType.SEAL_STATUS, Set.of("container", "sealNumber", "sealStatus"),
            IotEventType.DOOR, Set.of("container", "door"),
            IotEventType.REEFER_TEMPERATURE, Set.of("container", "temperatureCelsius", "setPointCelsius"),
            IotEventType.CONTAINER_POSITION, Set.of("container", "position"),
            IotEventType.VESSEL_POSITION, Set.of("vessel", "position", "courseOverGround", "speedOverGround"));
    private static final double LOWEST_CELSIUS = -100;
    private static final double HIGHEST_CELSIUS = 100;

    private IotEventFields() {
    }

    /** The event the document describes, published by the operator, or every error found in it. */
    public static IotEventReadResult toEvent(Map<String, ?> document, String operator) {
        DocumentFields fields = new DocumentFields(document);
        String eventId = fields.text("/eventId");
        IotEventType type = fields.choice("/eventType", IotEventType.class);
        Instant observedAt = fields.time("/observedAt");
        if (eventId != null && eventId.isBlank()) {
            fields.add(ValidationError.of(ErrorCode.SCHEMA_LENGTH, "/eventId", "the event id is blank"));
        }
        if (type == null) {
            return invalidOr(fields, null);
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(MEMBERS.get(type));
        fields.onlyMembers("", allowed, "is not part of a " + type + " event");
        IotEvent event = switch (type) {
            case SEAL_STATUS -> {
                ContainerNumber container = fields.value("/container", ContainerNumber::of);
                String seal = fields.text("/sealNumber");
                SealStatus status = fields.choice("/sealStatus", SealStatus.class);
                yield complete(fields) ? new SealEvent(eventId, operator, observedAt, container, seal, status) : null;
            }
            case DOOR -> {
                ContainerNumber container = fields.value("/container", ContainerNumber::of);
                DoorState state = fields.choice("/door", DoorState.class);
                yield complete(fields) ? new DoorEvent(eventId, operator, observedAt, container, state) : null;
            }
            case REEFER_TEMPERATURE -> {
                ContainerNumber container = fields.value("/container", ContainerNumber::of);
                Double temperature = fields.number("/temperatureCelsius", true, LOWEST_CELSIUS, HIGHEST_CELSIUS);
                Double setPoint = fields.number("/setPointCelsius", false, LOWEST_CELSIUS, HIGHEST_CELSIUS);
                yield complete(fields)
                        ? new ReeferReading(eventId, operator, observedAt, container, temperature, setPoint) : null;
            }
            case CONTAINER_POSITION -> {
                ContainerNumber container = fields.value("/container", ContainerNumber::of);
                GeoPosition position = position(fields);
                yield complete(fields) ? new ContainerPosition(eventId, operator, observedAt, container, position) : null;
            }
            case VESSEL_POSITION -> vesselPosition(fields, eventId, operator, observedAt);
        };
        return invalidOr(fields, event);
    }

    private static VesselPosition vesselPosition(DocumentFields fields, String eventId, String operator,
            Instant observedAt) {
        fields.onlyMembers("/vessel", Set.of("mmsi", "imoNumber"), "is not part of a vessel");
        Mmsi mmsi = fields.value("/vessel/mmsi", Mmsi::of);
        ImoNumber imo = fields.has("/vessel/imoNumber") ? fields.value("/vessel/imoNumber", ImoNumber::of) : null;
        GeoPosition position = position(fields);
        Double course = fields.number("/courseOverGround", false, 0, 359.9);
        Double speed = fields.number("/speedOverGround", false, 0, 102.2);
        return complete(fields)
                ? new VesselPosition(eventId, operator, observedAt, mmsi, imo, position, course, speed) : null;
    }

    private static GeoPosition position(DocumentFields fields) {
        fields.onlyMembers("/position", Set.of("latitude", "longitude"), "is not part of a position");
        Double latitude = fields.number("/position/latitude", true, -90, 90);
        Double longitude = fields.number("/position/longitude", true, -180, 180);
        return latitude == null || longitude == null ? null : new GeoPosition(latitude, longitude);
    }

    private static boolean complete(DocumentFields fields) {
        return fields.errors().isEmpty();
    }

    private static IotEventReadResult invalidOr(DocumentFields fields, IotEvent event) {
        return fields.errors().isEmpty() && event != null ? new IotEventReadResult.Valid(event)
                : new IotEventReadResult.Invalid(fields.errors());
    }
}
