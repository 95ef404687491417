package org.portcullis.model.error;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a message: its stable code, where it is (a JSON Pointer, or empty for the whole
 * message), what is wrong in this message, and how to fix it.
 */
public record ValidationError(ErrorCode code, String pointer, String message, String hint) {

    public ValidationError {
        Objects.requireNonNull(code, "code");
        pointer = pointer == null ? "" : pointer;
        message = message == null || message.isBlank() ? code.meaning() : message;
        hint = hint == null || hint.isBlank() ? code.hint() : hint;
    }

    public static ValidationError of(ErrorCode code, String pointer, String message) {
        return new ValidationError(code, pointer, message, code.hint());
    }

    /** The errors in one line, for a dead-letter reason: "CODE at /pointer: message; ...". */
    public static String summary(List<ValidationError> errors) {
        return String.join("; ", errors.stream().map(error -> error.code() + " at "
                + (error.pointer().isEmpty() ? "(body)" : error.pointer()) + ": " + error.message()).toList());
    }
}
