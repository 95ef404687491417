package org.portcullis.model.iot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.error.ValidationError;

/**
 * Reads the fields of a JSON document given as the tree any JSON parser makes (maps, lists, strings, numbers) by
 * their JSON Pointer, turning codes into value types and collecting every error with its pointer.
 */
final class DocumentFields {

    private final Map<String, ?> document;
    private final List<ValidationError> errors = new ArrayList<>();

    DocumentFields(Map<String, ?> document) {
        this.document = document;
    }

    List<ValidationError> errors() {
        return List.copyOf(errors);
    }

    void add(ValidationError error) {
        errors.add(error);
    }

    boolean has(String pointer) {
        return at(pointer) != null;
    }

    String text(String pointer) {
        Object value = at(pointer);
        if (value == null) {
            return missing(pointer);
        }
        if (!(value instanceof String text)) {
            return wrongType(pointer, "a string");
        }
        return text;
    }

    /** A number, or null when it is absent and optional (an error when required). */
    Double number(String pointer, boolean required, double min, double max) {
        Object value = at(pointer);
        if (value == null) {
            return required ? missing(pointer) : null;
        }
        if (!(value instanceof Number number)) {
            return wrongType(pointer, "a number");
        }
        double d = number.doubleValue();
        if (!(d >= min && d <= max)) {
            errors.add(ValidationError.of(ErrorCode.SCHEMA_RANGE, pointer, d + " is not between " + min + " and " + max));
            return null;
        }
        return d;
    }

    <T> T value(String pointer, Function<String, T> parser) {
        String text = text(pointer);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            errors.add(ValidationError.of(e.code(), pointer, e.getMessage()));
            return null;
        }
    }

    <E extends Enum<E>> E choice(String pointer, Class<E> type) {
        String text = text(pointer);
        try {
            return text == null ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            errors.add(ValidationError.of(ErrorCode.SCHEMA_ENUM, pointer, "'" + text + "' is not one of "
                    + List.of(type.getEnumConstants())));
            return null;
        }
    }

    Instant time(String pointer) {
        String text = text(pointer);
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(ValidationError.of(ErrorCode.SCHEMA_FORMAT, pointer,
                    "'" + text + "' is not an ISO 8601 date and time with offset"));
            return null;
        }
    }

    /** Refuses every member of the object at the pointer that is not allowed, saying why. */
    void onlyMembers(String pointer, Set<String> allowed, String why) {
        if (at(pointer) instanceof Map<?, ?> object) {
            object.keySet().stream().map(String::valueOf).filter(name -> !allowed.contains(name)).sorted()
                    .forEach(name -> errors.add(ValidationError.of(ErrorCode.SCHEMA_UNKNOWN_ELEMENT,
                            pointer + "/" + name.replace("~", "~0").replace("/", "~1"), "'" + name + "' " + why)));
        }
    }

    private Object at(String pointer) {
        if (pointer.isEmpty()) {
            return document;
        }
        Object node = document;
        for (String token : pointer.substring(1).split("/")) {
            if (!(node instanceof Map<?, ?> object)) {
                return null;
            }
            node = object.get(token);
        }
        return node;
    }

    private <T> T missing(String pointer) {
        errors.add(ValidationError.of(ErrorCode.SCHEMA_REQUIRED, pointer, pointer.substring(1) + " is missing"));
        return null;
    }

    private <T> T wrongType(String pointer, String expected) {
        errors.add(ValidationError.of(ErrorCode.SCHEMA_TYPE, pointer, pointer.substring(1) + " must be " + expected));
        return null;
    }
}
