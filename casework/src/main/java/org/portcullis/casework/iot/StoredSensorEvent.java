package org.portcullis.casework.iot;

import java.time.Instant;
import java.util.Locale;
import org.portcullis.model.iot.IotEventType;

/**
 * A sensor event as the case file shows it: who published it, what and when it observed, about which container or
 * vessel (MMSI), and the values of its kind (position, temperature and set point, seal or door state, seal number);
 * null where the kind has none.
 */
public record StoredSensorEvent(String operator, String eventId, IotEventType type, Instant observedAt,
        Instant receivedAt, String container, String mmsi, Double latitude, Double longitude, Double temperature,
        Double setPoint, String state, String sealNumber) {

    /** What it reported: the temperature (and set point), the position, or the seal or door state (and seal). */
    public String reading() {
        if (temperature != null) {
            return String.format(Locale.ROOT, "%.1f °C", temperature)
                    + (setPoint == null ? "" : String.format(Locale.ROOT, " (set point %.1f °C)", setPoint));
        }
        if (latitude != null) {
            return String.format(Locale.ROOT, "%.4f, %.4f", latitude, longitude);
        }
        return state + (sealNumber == null ? "" : " " + sealNumber);
    }

    /** The container or, for a vessel position, the vessel's MMSI. */
    public String subject() {
        return container != null ? container : "MMSI " + mmsi;
    }
}
