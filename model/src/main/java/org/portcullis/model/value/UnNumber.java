package org.portcullis.model.value;

import java.util.regex.Pattern;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/** UN number of a dangerous substance or article (four digits, 0004 to 3599 in the UN Model Regulations). */
public record UnNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}");

    public UnNumber {
        if (value == null || !FORMAT.matcher(value).matches() || Integer.parseInt(value) < 4
                || Integer.parseInt(value) > 3599) {
            throw new InvalidValueException(ErrorCode.UN_NUMBER_INVALID,
                    "'" + value + "' is not a UN number (four digits, 0004 to 3599)");
        }
    }

    /** Accepts the prefix "UN" as dangerous goods documents print it ("UN 1203"). */
    public static UnNumber of(String text) {
        String trimmed = text == null ? null : text.trim();
        if (trimmed != null && trimmed.regionMatches(true, 0, "UN", 0, 2)) {
            trimmed = trimmed.substring(2).trim();
        }
        return new UnNumber(trimmed);
    }

    @Override
    public String toString() {
        return value;
    }
}
