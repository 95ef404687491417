package org.portcullis.casework.deadletter;

/** No message with the id is on the dead-letter queue (any more): it was replayed already, or never was there. */
public class DeadLetterGoneException extends RuntimeException {

    public DeadLetterGoneException(String deadLetterId) {
        super("no dead letter " + deadLetterId);
    }
}
