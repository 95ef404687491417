package org.portcullis.casework.deadletter;

/**
 * A dead letter that must not be sent again ({@link DeadLetter.Blocker}): it names no carrier, or a carrier's broker
 * user sent it under another carrier's id, or no verified broker stamp says who sent it. It stays on the
 * dead-letter queue; a supervisor may discard it.
 */
public class DeadLetterNotReplayableException extends RuntimeException {

    private final transient DeadLetter.Blocker blocker;

    public DeadLetterNotReplayableException(String deadLetterId, DeadLetter.Blocker blocker) {
        super("dead letter " + deadLetterId + " cannot be replayed: " + blocker);
        this.blocker = blocker;
    }

    public DeadLetter.Blocker blocker() {
        return blocker;
    }
}
