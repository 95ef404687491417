package org.portcullis.model.value;

import java.util.regex.Pattern;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/**
 * ISO 6346 container number: three-letter owner code, equipment category (U freight container, J detachable
 * equipment, Z trailer or chassis), six-digit serial number and a check digit.
 */
public record ContainerNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}[UJZ]\\d{7}");

    public ContainerNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(ErrorCode.CONTAINER_NUMBER_INVALID,
                    "'" + value + "' is not an ISO 6346 container number");
        }
        int expected = Iso6346.checkDigit(value.substring(0, 10));
        if (value.charAt(10) - '0' != expected) {
            throw new InvalidValueException(ErrorCode.CONTAINER_NUMBER_CHECK_DIGIT,
                    "container number " + value + " ends in " + value.charAt(10)
                            + " but its ISO 6346 check digit is " + expected);
        }
    }

    /** Accepts the number with spaces or a hyphen before the check digit, as painted on containers. */
    public static ContainerNumber of(String text) {
        return new ContainerNumber(text == null ? null : text.replace(" ", "").replace("-", ""));
    }

    public String ownerCode() {
        return value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }
}
