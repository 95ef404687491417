package org.portcullis.casework.deadletter;

import java.time.Instant;

/**
 * A message on the filings' dead-letter queue: its JMS id there, the carrier's message id and carrier id as it
 * came, why it died (the application's {@code deadLetterReason}, or the broker's own move after too many
 * deliveries), when, the start of its body, and what keeps it from being replayed (null when it can be).
 */
public record DeadLetter(String id, String messageId, String carrierId, String reason, Instant deadAt, long size,
        String bodyStart, Blocker blocker) {

    /** Why a dead letter cannot be sent back to the filings queue; it can only be discarded. */
    public enum Blocker {
        /** It names no carrier: nobody could be answered, and nobody could be told it was handled. */
        NO_CARRIER_ID,
        /** The broker's stamp says another account sent it, or no stamp verifies: replayed it would pass as filed. */
        SENDER_NOT_THE_CARRIER
    }

    /** A dead letter that can be replayed. */
    public DeadLetter(String id, String messageId, String carrierId, String reason, Instant deadAt, long size,
            String bodyStart) {
        this(id, messageId, carrierId, reason, deadAt, size, bodyStart, null);
    }

    public boolean replayable() {
        return blocker == null;
    }
}
