package org.portcullis.model.intake;

import org.portcullis.model.error.ValidationError;

/**
 * Port: takes in one message from a carrier in the caller's transaction: records it, answers a repeated message
 * id with the original answer, rejects what cannot be read, or registers the filing and opens its case (or
 * amends, cancels, or answers for an existing one). Implemented by casework; called by the messaging adapters
 * and the HTTP API.
 */
public interface FilingIntake {

    /**
     * Takes in a message and what its channel read from its body (every channel reads a body the same way, once,
     * before the intake).
     */
    IntakeReceipt receive(InboundMessage message, FilingReadResult read);

    /**
     * Records a message the channel refused before its body was read (too large, sent under another carrier's
     * id) and answers it with a REJECTED notice naming the reason. The body is not stored: the channel keeps the
     * message (the broker's dead-letter queue, or the HTTP client that got the refusal).
     */
    default IntakeReceipt refuse(InboundMessage message, ValidationError reason) {
        return refuse(message, null, reason);
    }

    /** As {@link #refuse(InboundMessage, ValidationError)}, the notice quoting the LRN the body names. */
    IntakeReceipt refuse(InboundMessage message, String lrn, ValidationError reason);
}
