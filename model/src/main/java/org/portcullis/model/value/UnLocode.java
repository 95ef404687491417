package org.portcullis.model.value;

import java.util.regex.Pattern;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/** UN/LOCODE: ISO 3166-1 country code followed by a three-character location code (letters and digits 2-9). */
public record UnLocode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

    public UnLocode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(ErrorCode.UNLOCODE_INVALID, "'" + value + "' is not a UN/LOCODE");
        }
        if (!CountryCode.isKnown(value.substring(0, 2))) {
            throw new InvalidValueException(ErrorCode.UNLOCODE_INVALID,
                    "UN/LOCODE " + value + " starts with " + value.substring(0, 2)
                            + ", which is not an ISO 3166-1 country code");
        }
    }

    /** Accepts the code with a space after the country, as UN/LOCODE lists print it ("NL RTM"). */
    public static UnLocode of(String text) {
        return new UnLocode(text == null ? null : text.replace(" ", ""));
    }

    public CountryCode country() {
        return new CountryCode(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
