package org.portcullis.model.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/** A point on the earth in decimal degrees (WGS 84): latitude -90 to 90 (north positive), longitude -180 to 180. */
public record GeoPosition(double latitude, double longitude) {

    /** The earth's mean radius (IUGG), enough for distances between ports and ships. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** The coordinates column of the UN/LOCODE code list: degrees and minutes, "5155N 00430E". */
    private static final Pattern LOCODE_COORDINATES = Pattern.compile("(\\d{2})(\\d{2})([NS]) (\\d{3})(\\d{2})([EW])");

    public GeoPosition {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new InvalidValueException(ErrorCode.SCHEMA_RANGE, "latitude " + latitude + " is not between -90 and 90");
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new InvalidValueException(ErrorCode.SCHEMA_RANGE,
                    "longitude " + longitude + " is not between -180 and 180");
        }
    }

    /** Reads the UN/LOCODE notation "DDMMN DDDMME"; anything else, or minutes of 60 and more, is refused. */
    public static GeoPosition ofLocodeCoordinates(String text) {
        Matcher m = LOCODE_COORDINATES.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) > 59 || Integer.parseInt(m.group(5)) > 59) {
            throw new IllegalArgumentException("'" + text + "' is not UN/LOCODE coordinates such as 5155N 00430E");
        }
        double latitude = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0;
        double longitude = Integer.parseInt(m.group(4)) + Integer.parseInt(m.group(5)) / 60.0;
        return new GeoPosition(m.group(3).equals("S") ? -latitude : latitude,
                m.group(6).equals("W") ? -longitude : longitude);
    }

    /** Great-circle distance in kilometres (haversine). */
    public double distanceKm(GeoPosition other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4f, %.4f", latitude, longitude);
    }
}
