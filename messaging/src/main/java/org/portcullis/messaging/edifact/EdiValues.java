package org.portcullis.messaging.edifact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.error.ValidationError;

/**
 * Turns element values into value types and dates, collecting every error with its segment and element pointer.
 * Times are UTC (EDIFACT formats 203 CCYYMMDDHHMM and 204 CCYYMMDDHHMMSS), dates format 102 (CCYYMMDD).
 */
final class EdiValues {

    private static final DateTimeFormatter FORMAT_102 = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter FORMAT_203 = DateTimeFormatter.ofPattern("uuuuMMddHHmm");
    private static final DateTimeFormatter FORMAT_204 = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final List<ValidationError> errors = new ArrayList<>();

    List<ValidationError> errors() {
        return errors;
    }

    void error(ErrorCode code, String pointer, String message) {
        errors.add(ValidationError.of(code, pointer, message));
    }

    /** The value type made from the component, or null when absent or invalid (then the error is kept). */
    <T> T code(EdiSegment segment, int element, int component, Function<String, T> parser) {
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

    /** The date and time of a DTM segment (C507: qualifier, value, format), in UTC. */
    Instant instant(EdiSegment dtm) {
        String text = dtm.value(1, 2);
        String format = dtm.value(1, 3) == null ? "203" : dtm.value(1, 3);
        if (!oneOf(dtm, 1, 3, List.of("102", "203", "204"), "date format (102, 203, 204)")) {
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
                default -> LocalDateTime.parse(text, FORMAT_203).toInstant(ZoneOffset.UTC);
            };
        } catch (DateTimeParseException e) {
            errors.add(ValidationError.of(ErrorCode.EDIFACT_ELEMENT_FORMAT, dtm.at(1, 2),
                    "'" + text + "' is not a date and time in format " + format));
            return null;
        }
    }

    /** The date of a DTM segment in format 102 (CCYYMMDD). */
    LocalDate date(EdiSegment dtm) {
        String text = dtm.value(1, 2);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, FORMAT_102);
        } catch (DateTimeParseException e) {
            errors.add(ValidationError.of(ErrorCode.EDIFACT_ELEMENT_FORMAT, dtm.at(1, 2),
                    "'" + text + "' is not a date CCYYMMDD (format 102)"));
            return null;
        }
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
