package org.portcullis.messaging.jms;

import static org.portcullis.messaging.jms.FilingMessageProperties.CARRIER_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.CONTENT_TYPE;
import static org.portcullis.messaging.jms.FilingMessageProperties.MESSAGE_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.SENDER;
import static org.portcullis.messaging.jms.FilingMessageProperties.VALIDATED_USER;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.time.Clock;
import java.util.Set;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.SessionAwareMessageListener;

/**
 * Takes filings off {@code portcullis.filings}, reads each body once, and hands message and reading to the intake
 * in the listener's transaction.
 * A message that names no usable carrier (so no notice could reach anyone), that is neither text nor bytes, or
 * that failed {@code maxDeliveryAttempts} times goes to the dead-letter queue with the reason. A message larger
 * than {@code maxMessageBytes}, or sent under another carrier's id than the one the broker signed in (stamped by
 * the embedded broker as {@code portcullisSender}, else the broker's {@code _AMQ_VALIDATED_USER}), is refused with a REJECTED notice to the sender and kept on the dead-letter queue.
 */
public class FilingMessageListener implements SessionAwareMessageListener<Message> {

    private static final Logger log = LoggerFactory.getLogger(FilingMessageListener.class);

    private final FilingIntake intake;
    private final FilingReaders readers;
    private final Clock clock;
    private final ListenerLimits limits;
    private final DeliveryFailures failures = new DeliveryFailures();

    public FilingMessageListener(FilingIntake intake, FilingReaders readers, Clock clock, ListenerLimits limits) {
        this.intake = intake;
        this.readers = readers;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * @param maxDeliveryAttempts after this many failed deliveries a message goes to the dead-letter queue
     * @param maxMessageBytes larger messages are refused
     * @param trustedSenders broker users that may send under any carrier id (the application itself)
     */
    public record ListenerLimits(int maxDeliveryAttempts, long maxMessageBytes, Set<String> trustedSenders) {
    }

    @Override
    public void onMessage(Message message, Session session) throws JMSException {
        try {
            handle(message, session);
        } catch (RuntimeException | JMSException e) {
            failures.remember(message.getJMSMessageID(), e);
            throw e;
        }
    }

    private void handle(Message message, Session session) throws JMSException {
        byte[] body = MessageBodies.bytesOf(message);
        String carrierId = message.getStringProperty(CARRIER_ID);
        String sender = message.propertyExists(SENDER) ? message.getStringProperty(SENDER)
                : message.getStringProperty(VALIDATED_USER);
        if (body == null) {
            deadLetter(session, message, new byte[0], "the message is neither a text nor a bytes message");
        } else if (!FilingMessageProperties.isValidCarrierId(carrierId)) {
            deadLetter(session, message, body, "the carrierId property is missing or is not a carrier id "
                    + "(letters, digits, '-' and '_', at most 64), so no notice can be addressed");
        } else if (MessageBodies.deliveryCount(message) > limits.maxDeliveryAttempts()) {
            deadLetter(session, message, body, "not handled after " + limits.maxDeliveryAttempts()
                    + " delivery attempts; last failure: " + failures.last(message.getJMSMessageID()));
        } else if (FilingMessageProperties.isSentForAnotherCarrier(sender, carrierId, limits.trustedSenders())) {
            intake.refuse(inbound(message, sender, body), ValidationError.of(ErrorCode.CARRIER_ID_MISMATCH, "",
                    "signed in as " + sender + ", the message names carrierId " + carrierId));
            deadLetter(session, message, body, "carrierId " + carrierId + " is not the signed-in carrier " + sender);
        } else if (body.length > limits.maxMessageBytes()) {
            intake.refuse(inbound(message, carrierId, body), ValidationError.of(ErrorCode.MESSAGE_TOO_LARGE, "",
                    "the message has " + body.length + " bytes, more than the " + limits.maxMessageBytes()
                            + " accepted; it is kept on the dead-letter queue"));
            deadLetter(session, message, body, "the message has " + body.length + " bytes, more than the "
                    + limits.maxMessageBytes() + " accepted");
        } else {
            intake.receive(inbound(message, carrierId, body),
                    readers.read(message.getStringProperty(CONTENT_TYPE), body));
        }
    }

    private InboundMessage inbound(Message message, String carrierId, byte[] body) throws JMSException {
        return new InboundMessage(message.getStringProperty(MESSAGE_ID), carrierId,
                message.getStringProperty(CONTENT_TYPE), Channel.QUEUE, body, clock.instant(),
                message.getJMSMessageID());
    }

    private static void deadLetter(Session session, Message message, byte[] body, String reason)
            throws JMSException {
        log.warn("Filing message {} goes to the dead-letter queue: {}", message.getJMSMessageID(), reason);
        DeadLetters.forward(session, message, body, reason);
    }
}
