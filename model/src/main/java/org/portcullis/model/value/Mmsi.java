package org.portcullis.model.value;

import java.util.regex.Pattern;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/**
 * Maritime Mobile Service Identity of a ship station (ITU-R M.585): nine digits, the first three the maritime
 * identification digits (MID) of the flag, which begin with 2 to 7. AIS position reports name the ship by it.
 */
public record Mmsi(String value) {

    private static final Pattern SHIP_STATION = Pattern.compile("[2-7]\\d{8}");

    public Mmsi {
        if (value == null || !SHIP_STATION.matcher(value).matches()) {
            throw new InvalidValueException(ErrorCode.MMSI_INVALID,
                    "'" + value + "' is not a ship station's MMSI (nine digits, the first 2 to 7)");
        }
    }

    public static Mmsi of(String text) {
        return new Mmsi(text == null ? null : text.strip());
    }

    /** The maritime identification digits: the country (or territory) that assigned the MMSI. */
    public String mid() {
        return value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }
}
