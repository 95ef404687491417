package org.portcullis.casework.deadletter;

/**
 * A dead letter that must not be sent again: a carrier's broker user sent it under another carrier's id. Replayed
 * by the application it would be taken as that other carrier's filing; it stays on the dead-letter queue.
 */
public class DeadLetterNotReplayableException extends RuntimeException {

    public DeadLetterNotReplayableException(String deadLetterId, String sender, String carrierId) {
        super("dead letter " + deadLetterId + " was sent by " + sender + " under carrierId " + carrierId);
    }
}
