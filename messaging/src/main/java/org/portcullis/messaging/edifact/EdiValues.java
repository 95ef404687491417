package org.portcullis.messaging.edifact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.portcullis.model.value.CountryCode;
import java.util.List;
import java.util.function.Function;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.error.ValidationError;

/**
 * Turns element values into value types and dates, collecting every error with its segment and element pointer.
 * Times are UTC. Reading a value marks its segment as mapped.
 */
final class EdiValues {

    private static final DateTimeFormatter FORMAT_102 = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter FORMAT_203 = DateTimeFormatter.ofPattern("uuuuMMddHHmm");
    private static final DateTimeFormatter FORMAT_204 = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private static final List<String> FORMATS = List.of("101", "102", "201", "203", "204");
    private static final Map<String, String> ALPHA3 = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(a2 -> new Locale("", a2).getISO3Country(), a2 -> a2));

    private final List<ValidationError> errors = new ArrayList<>();

    List<ValidationError> errors() {
        return errors;
    }

    void error(ErrorCode code, String pointer, String message) {
        errors.add(ValidationError.of(code, pointer, message));
    }

    /** The value type made from the component, or null when absent or invalid (then the error is kept). */
    <T> T code(EdiSegment segment, int element, int component, Function<String, T> parser) {
        segment.use();
        String text = segment.value(element, component);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            errors.add(ValidationError.of(e.code(), segment.at(element, component), e.getMessage()));
            return null;
        }
    }

    /** The component, or null with an EDIFACT_ELEMENT_MISSING error naming {@code what}. */
    String required(EdiSegment segment, int element, int component, String what) {
        segment.use();
        String text = segment.value(element, component);
        if (text == null) {
            errors.add(ValidationError.of(ErrorCode.EDIFACT_ELEMENT_MISSING, segment.at(element, component),
                    what + " is missing"));
        }
        return text;
    }

    /** Checks that a code or qualifier is one of {@code allowed} (StAEDI does not check codes here). */
    boolean oneOf(EdiSegment segment, int element, int component, List<String> allowed, String what) {
        String code = segment.value(element, component);
        if (code != null && !allowed.contains(code)) {
            errors.add(ValidationError.of(ErrorCode.EDIFACT_CODE_INVALID, segment.at(element, component),
                    "'" + code + "' is not an accepted " + what));
            return false;
        }
        return true;
    }

    /**
     * The date and time of a DTM segment (C507: qualifier, value, format), in UTC. Formats 203 CCYYMMDDHHMM, 204
     * CCYYMMDDHHMMSS, 102 CCYYMMDD, and the guidelines' 201 YYMMDDHHMM and 101 YYMMDD (years 20YY); without a
     * format the length of the value says which.
     */
    Instant instant(EdiSegment dtm) {
        dtm.use();
        String text = dateText(dtm);
        String format = format(dtm);
        if (format == null) {
            return null;
        }
        if (text == null) {
            required(dtm, 1, 2, "the date and time");
            return null;
        }
        try {
            return switch (format) {
                case "204" -> LocalDateTime.parse(text, FORMAT_204).toInstant(ZoneOffset.UTC);
                case "102" -> LocalDate.parse(text, FORMAT_102).atStartOfDay().toInstant(ZoneOffset.UTC);
                case "201" -> LocalDateTime.parse("20" + text, FORMAT_203).toInstant(ZoneOffset.UTC);
                case "101" -> LocalDate.parse("20" + text, FORMAT_102).atStartOfDay().toInstant(ZoneOffset.UTC);
                default -> LocalDateTime.parse(text, FORMAT_203).toInstant(ZoneOffset.UTC);
            };
        } catch (DateTimeParseException e) {
            errors.add(ValidationError.of(ErrorCode.EDIFACT_ELEMENT_FORMAT, dtm.at(1, 2),
                    "'" + text + "' is not a date and time in format " + format));
            return null;
        }
    }

    /**
     * The date of a DTM segment in format 102 (CCYYMMDD) or 101 (YYMMDD, the guidelines' dates of birth and expiry:
     * {@code past} puts a two-digit year in the last hundred years, else in this century).
     */
    LocalDate date(EdiSegment dtm, boolean past) {
        dtm.use();
        String text = dateText(dtm);
        String format = format(dtm);
        if (text == null || format == null) {
            return null;
        }
        try {
            if (format.equals("101")) {
                LocalDate date = LocalDate.parse("20" + text, FORMAT_102);
                return past && date.isAfter(LocalDate.now(ZoneOffset.UTC)) ? date.minusYears(100) : date;
            }
            return LocalDate.parse(text.substring(0, Math.min(8, text.length())), FORMAT_102);
        } catch (DateTimeParseException e) {
            errors.add(ValidationError.of(ErrorCode.EDIFACT_ELEMENT_FORMAT, dtm.at(1, 2),
                    "'" + text + "' is not a date in format " + format));
            return null;
        }
    }

    /** C507 2380, without the spaces some guidelines print before it ({@code DTM+232: 1306212200:201}). */
    private static String dateText(EdiSegment dtm) {
        String text = dtm.value(1, 2);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The format of a DTM (C507 2379), or the one its value's length implies; null after an error. */
    private String format(EdiSegment dtm) {
        String given = dtm.value(1, 3);
        if (given != null) {
            return oneOf(dtm, 1, 3, FORMATS, "date format (101, 102, 201, 203, 204)") ? given : null;
        }
        String text = dateText(dtm);
        return switch (text == null ? 0 : text.length()) {
            case 6 -> "101";
            case 8 -> "102";
            case 10 -> "201";
            case 14 -> "204";
            default -> "203";
        };
    }

    /** An ISO 3166-1 country: alpha-2, or the alpha-3 codes (and ICAO's D for Germany) the API guidelines use. */
    CountryCode country(EdiSegment segment, int element, int component) {
        return code(segment, element, component, EdiValues::countryOf);
    }

    static CountryCode countryOf(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("D")) {
            return CountryCode.of("DE");
        }
        return CountryCode.of(trimmed.length() == 3 && ALPHA3.containsKey(trimmed) ? ALPHA3.get(trimmed) : trimmed);
    }

    BigDecimal decimal(EdiSegment segment, int element, int component) {
        String text = segment.value(element, component);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(ValidationError.of(ErrorCode.EDIFACT_ELEMENT_FORMAT, segment.at(element, component),
                    "'" + text + "' is not a number"));
            return null;
        }
    }

    int integer(EdiSegment segment, int element, int component) {
        BigDecimal value = decimal(segment, element, component);
        return value == null ? 0 : value.intValue();
    }
}
