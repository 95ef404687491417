package org.portcullis.messaging.filing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.TemperatureRange;

/**
 * Reads values out of a document that already passed the schema, turning each code into its value type and
 * collecting every error with the JSON Pointer of the element, so that a carrier hears of all of them at once.
 */
final class ValueCollector {

    private final List<ValidationError> errors = new ArrayList<>();

    List<ValidationError> errors() {
        return List.copyOf(errors);
    }

    void add(ValidationError error) {
        errors.add(error);
    }

    /** The value type made from the text at the pointer, or null if absent or invalid (the error is kept). */
    <T> T code(JsonNode parent, String field, String pointer, Function<String, T> parser) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return parser.apply(node.asText());
        } catch (InvalidValueException e) {
            errors.add(ValidationError.of(e.code(), pointer + "/" + field, e.getMessage()));
            return null;
        }
    }

    /** Same as {@link #code} for a list of codes. */
    <T> List<T> codes(JsonNode parent, String field, String pointer, Function<String, T> parser) {
        List<T> values = new ArrayList<>();
        JsonNode array = parent.path(field);
        for (int i = 0; i < array.size(); i++) {
            try {
                values.add(parser.apply(array.get(i).asText()));
            } catch (InvalidValueException e) {
                errors.add(ValidationError.of(e.code(), pointer + "/" + field + "/" + i, e.getMessage()));
            }
        }
        return values;
    }

    /** The declared range of temperature-controlled goods, or null; a minimum above the maximum is an error. */
    TemperatureRange temperatureRange(JsonNode parent, String field, String pointer) {
        JsonNode range = parent.get(field);
        if (range == null || range.isNull()) {
            return null;
        }
        BigDecimal min = decimal(range, "minCelsius");
        BigDecimal max = decimal(range, "maxCelsius");
        if (min.compareTo(max) > 0) {
            errors.add(ValidationError.of(ErrorCode.SCHEMA_RANGE, pointer + "/" + field + "/maxCelsius",
                    "maxCelsius " + max.toPlainString() + " is below minCelsius " + min.toPlainString()));
            return null;
        }
        return new TemperatureRange(min, max);
    }

    static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    static Integer integer(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : node.asInt();
    }

    static BigDecimal decimal(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    static List<String> texts(JsonNode parent, String field) {
        List<String> values = new ArrayList<>();
        parent.path(field).forEach(node -> values.add(node.asText()));
        return values;
    }

    /** An ISO 8601 calendar date; the schema checked the format, this turns it into a date. */
    LocalDate date(JsonNode parent, String field, String pointer) {
        String text = text(parent, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(ValidationError.of(ErrorCode.SCHEMA_FORMAT, pointer + "/" + field,
                    "'" + text + "' is not an ISO 8601 date"));
            return null;
        }
    }

    static boolean bool(JsonNode parent, String field) {
        return parent.path(field).asBoolean(false);
    }

    /** An ISO 8601 date and time with offset; the schema checked the format, this turns it into an instant. */
    Instant instant(JsonNode parent, String field, String pointer) {
        String text = text(parent, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(ValidationError.of(ErrorCode.SCHEMA_FORMAT, pointer + "/" + field,
                    "'" + text + "' is not an ISO 8601 date and time with offset"));
            return null;
        }
    }
}
