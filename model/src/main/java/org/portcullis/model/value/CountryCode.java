package org.portcullis.model.value;

import java.util.Locale;
import java.util.Set;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/** ISO 3166-1 alpha-2 country code, checked against the JDK's list of ISO countries. */
public record CountryCode(String value) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public CountryCode {
        if (value == null || !ISO_COUNTRIES.contains(value)) {
            throw new InvalidValueException(ErrorCode.COUNTRY_CODE_INVALID,
                    "'" + value + "' is not an ISO 3166-1 alpha-2 country code");
        }
    }

    public static CountryCode of(String text) {
        return new CountryCode(text == null ? null : text.trim());
    }

    public static boolean isKnown(String text) {
        return text != null && ISO_COUNTRIES.contains(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
