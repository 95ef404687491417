package org.portcullis.model.value;

import java.util.regex.Pattern;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/**
 * Movement reference number, as the EU customs systems form it: two digits of the year, the ISO country code of
 * the authority, thirteen characters unique to the movement and an ISO 6346 check digit over the first 17.
 */
public record Mrn(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}[A-Z]{2}[A-Z0-9]{13}\\d");
    private static final int SERIAL_LENGTH = 13;

    public Mrn {
        if (value == null || !FORMAT.matcher(value).matches()
                || Iso6346.checkDigit(value.substring(0, 17)) != value.charAt(17) - '0') {
            throw new InvalidValueException(ErrorCode.MRN_INVALID, "'" + value + "' is not a valid MRN");
        }
    }

    public static Mrn of(String text) {
        return new Mrn(text == null ? null : text.trim());
    }

    /** The MRN for a serial number issued by one authority in one year. */
    public static Mrn issue(int year, CountryCode authority, long serial) {
        String serialText = Long.toString(serial);
        if (serial < 0 || serialText.length() > SERIAL_LENGTH) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        String body = String.format("%02d", year % 100) + authority.value()
                + "0".repeat(SERIAL_LENGTH - serialText.length()) + serialText;
        return new Mrn(body + Iso6346.checkDigit(body));
    }

    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
