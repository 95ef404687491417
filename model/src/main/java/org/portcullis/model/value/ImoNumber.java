package org.portcullis.model.value;

import java.util.regex.Pattern;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/** IMO ship identification number: seven digits, the last a check digit (weights 7 to 2, sum modulo 10). */
public record ImoNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}");

    public ImoNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(ErrorCode.IMO_NUMBER_INVALID,
                    "'" + value + "' is not a seven-digit IMO number");
        }
        int expected = checkDigit(value);
        if (value.charAt(6) - '0' != expected) {
            throw new InvalidValueException(ErrorCode.IMO_NUMBER_CHECK_DIGIT,
                    "IMO number " + value + " ends in " + value.charAt(6) + " but its check digit is " + expected);
        }
    }

    /** Accepts the seven digits with or without the prefix "IMO" (and a space after it). */
    public static ImoNumber of(String text) {
        String trimmed = text == null ? null : text.trim();
        if (trimmed != null && trimmed.regionMatches(true, 0, "IMO", 0, 3)) {
            trimmed = trimmed.substring(3).trim();
        }
        return new ImoNumber(trimmed);
    }

    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
