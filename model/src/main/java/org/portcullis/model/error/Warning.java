package org.portcullis.model.error;

import java.util.Objects;

/**
 * Something an accepted message carries that looks wrong: its stable code, where it is (a JSON Pointer, or segment
 * and element for EDIFACT; empty for the whole message), what is wrong in this message, and how to put it right.
 */
public record Warning(WarningCode code, String pointer, String message, String hint) {

    public Warning {
        Objects.requireNonNull(code, "code");
        pointer = pointer == null ? "" : pointer;
        message = message == null || message.isBlank() ? code.meaning() : message;
        hint = hint == null || hint.isBlank() ? code.hint() : hint;
    }

    public static Warning of(WarningCode code, String pointer, String message) {
        return new Warning(code, pointer, message, code.hint());
    }
}
