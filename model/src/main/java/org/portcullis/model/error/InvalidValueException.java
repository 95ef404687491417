package org.portcullis.model.error;

/** A value that breaks the rules of its type, with the stable code a carrier receives for it. */
public class InvalidValueException extends IllegalArgumentException {

    private final ErrorCode code;

    public InvalidValueException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
