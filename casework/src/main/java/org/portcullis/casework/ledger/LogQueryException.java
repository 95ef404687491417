package org.portcullis.casework.ledger;

/** A question the log cannot answer as asked: which parameter, and why. */
public class LogQueryException extends RuntimeException {

    private final String parameter;

    public LogQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
