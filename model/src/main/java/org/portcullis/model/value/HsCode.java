package org.portcullis.model.value;

import java.util.regex.Pattern;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/**
 * Harmonized System commodity code: the six-digit subheading, optionally extended to eight or ten digits by a
 * national tariff. Chapters run from 01 to 97; chapter 77 is reserved and never used.
 */
public record HsCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}(\\d{2}){0,2}");

    public HsCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(ErrorCode.HS_CODE_INVALID,
                    "'" + value + "' is not an HS code of 6, 8 or 10 digits");
        }
        int chapter = Integer.parseInt(value.substring(0, 2));
        if (chapter < 1 || chapter > 97 || chapter == 77) {
            throw new InvalidValueException(ErrorCode.HS_CODE_INVALID,
                    "HS code " + value + " is in chapter " + value.substring(0, 2) + ", which does not exist");
        }
    }

    /** Accepts the dotted form used in tariffs ("8471.30"). */
    public static HsCode of(String text) {
        return new HsCode(text == null ? null : text.replace(".", "").replace(" ", ""));
    }

    public int chapter() {
        return Integer.parseInt(value.substring(0, 2));
    }

    public String heading() {
        return value.substring(0, 4);
    }

    public String subheading() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
