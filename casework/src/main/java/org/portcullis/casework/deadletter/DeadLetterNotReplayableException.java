package org.portcullis.casework.deadletter;

/**
 * A dead letter that must not be sent again: a carrier's broker user sent it under another carrier's id, or no
 * verified broker stamp says who sent it. Replayed by the application it would be taken as that carrier's filing;
 * it stays on the dead-letter queue.
 */
public class DeadLetterNotReplayableException extends RuntimeException {

    public DeadLetterNotReplayableException(String deadLetterId, String sender, String carrierId) {
        super(sender == null ? "dead letter " + deadLetterId + " carries no sender stamp of the broker that verifies"
                : "dead letter " + deadLetterId + " was sent by " + sender + " under carrierId " + carrierId);
    }
}
