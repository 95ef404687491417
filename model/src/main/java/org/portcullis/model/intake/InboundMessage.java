package org.portcullis.model.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * A message as it arrived from a carrier, before anything was read from its body.
 *
 * @param deliveryId the broker's id of this send of the message (the id its sender stamp gave it, over any protocol;
 *     else its JMSMessageID): the same each time the broker delivers
 *     that message again, and another for a message the carrier sends again; none for a message over HTTP
 * @param protocol the broker protocol the carrier sent over, as the broker's stamp names it (CORE, AMQP, STOMP);
 *     none over HTTP or when the broker did not say. For figures only
 */
public record InboundMessage(String messageId, String carrierId, String contentType, Channel channel, byte[] body,
        Instant receivedAt, String deliveryId, String protocol) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A message whose protocol is not known. */
    public InboundMessage(String messageId, String carrierId, String contentType, Channel channel, byte[] body,
            Instant receivedAt, String deliveryId) {
        this(messageId, carrierId, contentType, channel, body, receivedAt, deliveryId, null);
    }

    /** A message without a broker's delivery id: one that came over HTTP. */
    public InboundMessage(String messageId, String carrierId, String contentType, Channel channel, byte[] body,
            Instant receivedAt) {
        this(messageId, carrierId, contentType, channel, body, receivedAt, null, null);
    }

    /** Whether this is the broker delivering again the message that carried {@code recordedDeliveryId}. */
    public boolean isRedeliveryOf(String recordedDeliveryId) {
        return deliveryId != null && deliveryId.equals(recordedDeliveryId);
    }
}
