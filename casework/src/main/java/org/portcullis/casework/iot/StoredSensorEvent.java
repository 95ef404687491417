package org.portcullis.casework.iot;

import java.time.Instant;
import org.portcullis.model.iot.IotEventType;

/**
 * A sensor event as the case file shows it: who published it, what and when it observed, about which container or
 * vessel (MMSI), and the values of its kind (position, temperature and set point, seal or door state, seal number);
 * null where the kind has none.
 */
public record StoredSensorEvent(String operator, String eventId, IotEventType type, Instant observedAt,
        Instant receivedAt, String container, String mmsi, Double latitude, Double longitude, Double temperature,
        Double setPoint, String state, String sealNumber) {

    /** The container or, for a vessel position, the vessel's MMSI. */
    public String subject() {
        return container != null ? container : "MMSI " + mmsi;
    }
}
