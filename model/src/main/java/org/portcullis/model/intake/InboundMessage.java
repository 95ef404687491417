package org.portcullis.model.intake;

import java.time.Instant;
import java.util.Objects;

/** A message as it arrived from a carrier, before anything was read from its body. */
public record InboundMessage(String messageId, String carrierId, String contentType, Channel channel, byte[] body,
        Instant receivedAt) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
