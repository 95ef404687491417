package org.portcullis.model.iot;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.GeoPosition;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.Mmsi;

/**
 * An AIS-style position report of a vessel: its MMSI and, when the report carries it, its IMO number; the position,
 * and course and speed over ground when known (AIS sends 360 degrees and 102.3 knots for "not available"; here
 * they are null instead).
 */
public record VesselPosition(String eventId, String operator, Instant observedAt, Mmsi mmsi, ImoNumber imoNumber,
        GeoPosition position, Double courseOverGround, Double speedOverGroundKnots) implements IotEvent {

    public VesselPosition {
        EventHeader.check(eventId, operator, observedAt);
        Objects.requireNonNull(mmsi, "mmsi");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public IotEventType type() {
        return IotEventType.VESSEL_POSITION;
    }
}
