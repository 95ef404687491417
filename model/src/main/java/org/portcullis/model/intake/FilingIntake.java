package org.portcullis.model.intake;

import org.portcullis.model.error.ValidationError;

/**
 * Port: takes in one message from a carrier in the caller's transaction: records it, answers a repeated message
 * id with the original answer, rejects what cannot be read, or registers the filing and opens its case (or
 * amends, cancels, or answers for an existing one). Implemented by the webapp; called by the messaging adapters
 * and the HTTP API.
 */
public interface FilingIntake {

    IntakeReceipt receive(InboundMessage message);

    /**
     * Records a message the channel refused before its body was read (too large, sent under another carrier's
     * id) and answers it with a REJECTED notice naming the reason. The body is not stored: the channel keeps the
     * message (the broker's dead-letter queue, or the HTTP client that got the refusal).
     */
    IntakeReceipt refuse(InboundMessage message, ValidationError reason);
}
