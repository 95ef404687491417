package org.portcullis.casework.deadletter;

import java.time.Instant;

/**
 * A message on a dead-letter queue: its JMS id there, the carrier's message id and carrier id as it came (for a
 * sensor event, the account the broker sealed as its sender), why it died (the application's {@code deadLetterReason}, or the broker's own move after too many
 * deliveries), when, and the start of its body.
 */
public record DeadLetter(String id, String messageId, String carrierId, String reason, Instant deadAt, long size,
        String bodyStart) {
}
