package org.portcullis.messaging.jms;

import static org.portcullis.messaging.jms.FilingMessageProperties.CARRIER_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.CONTENT_TYPE;
import static org.portcullis.messaging.jms.FilingMessageProperties.MESSAGE_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.SENDER;
import static org.portcullis.messaging.jms.FilingMessageProperties.SENDER_SEAL;

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
import org.portcullis.model.intake.SenderSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.SessionAwareMessageListener;

/**
 * Takes filings off {@code portcullis.filings}, reads each body once, and hands message and reading to the intake
 * in the listener's transaction.
 * A message that names no usable carrier (so no notice could reach anyone), that is neither text nor bytes, or
 * that failed {@code maxDeliveryAttempts} times goes to the dead-letter queue with the reason, and so does one
 * without a sender stamp of the broker that verifies ({@link SenderSeal}): only the broker's word says who sent a
 * message. A message larger than {@code maxMessageBytes}, or sent under another carrier's id than the one the
 * broker signed in, is refused with a REJECTED notice to the sender and kept on the dead-letter queue. Identity and
 * size are checked before the body is read.
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
     * @param senderSeal verifies the broker's stamp of the sender; only a stamped sender is believed
     */
    public record ListenerLimits(int maxDeliveryAttempts, long maxMessageBytes, Set<String> trustedSenders,
            SenderSeal senderSeal) {
    }

    @Override
    public void onMessage(Message message, Session session) throws JMSException {
        try {
            handle(message, session);
        } catch (RuntimeException | JMSException e) {
            failures.remember(deliveryId(message), e);
            throw e;
        }
    }

    private void handle(Message message, Session session) throws JMSException {
        String carrierId = message.getStringProperty(CARRIER_ID);
        String sender = sealedSender(message);
        long size = MessageBodies.sizeOf(message);
        if (size < 0) {
            deadLetter(session, message, new byte[0], "the message is neither a text nor a bytes message");
        } else if (sender == null) {
            deadLetter(session, message, "the message carries no sender stamp of the broker that verifies (the "
                    + "broker does not run Portcullis' sender stamp, or its seal secret differs), so whom it came "
                    + "from is not known and no notice can be addressed");
        } else if (!FilingMessageProperties.isValidCarrierId(carrierId)) {
            deadLetter(session, message, "the carrierId property is missing or is not a carrier id "
                    + "(letters, digits, '-' and '_', at most 64), so no notice can be addressed");
        } else if (MessageBodies.deliveryCount(message) > limits.maxDeliveryAttempts()) {
            deadLetter(session, message, "not handled after " + limits.maxDeliveryAttempts()
                    + " delivery attempts; last failure: " + failures.last(deliveryId(message)));
        } else if (FilingMessageProperties.isSentForAnotherCarrier(sender, carrierId, limits.trustedSenders())) {
            String lrn = size <= limits.maxMessageBytes()
                    ? readers.read(message.getStringProperty(CONTENT_TYPE), MessageBodies.bytesOf(message)).lrn() : null;
            intake.refuse(inbound(message, sender, new byte[0]), lrn, ValidationError.of(
                    ErrorCode.CARRIER_ID_MISMATCH, "", "signed in as " + sender + ", the message names carrierId "
                            + carrierId));
            deadLetter(session, message, "carrierId " + carrierId + " is not the signed-in carrier " + sender);
        } else if (size > limits.maxMessageBytes()) {
            intake.refuse(inbound(message, carrierId, new byte[0]), ValidationError.of(ErrorCode.MESSAGE_TOO_LARGE,
                    "", "the message has " + size + " bytes, more than the " + limits.maxMessageBytes()
                            + " accepted; it is kept on the dead-letter queue"));
            deadLetter(session, message, "the message has " + size + " bytes, more than the "
                    + limits.maxMessageBytes() + " accepted");
        } else {
            byte[] body = MessageBodies.bytesOf(message);
            intake.receive(inbound(message, carrierId, body),
                    readers.read(message.getStringProperty(CONTENT_TYPE), body));
        }
    }

    /** The user the broker signed the sender in as, when its seal verifies; null otherwise. */
    private String sealedSender(Message message) throws JMSException {
        String sender = message.getStringProperty(SENDER);
        String seal = message.getStringProperty(SENDER_SEAL);
        return limits.senderSeal().verifies(sender, message.getStringProperty(MESSAGE_ID), seal) ? sender : null;
    }

    private static void deadLetter(Session session, Message message, String reason) throws JMSException {
        byte[] body = MessageBodies.bytesOf(message);
        deadLetter(session, message, body == null ? new byte[0] : body, reason);
    }

    private InboundMessage inbound(Message message, String carrierId, byte[] body) throws JMSException {
        return new InboundMessage(message.getStringProperty(MESSAGE_ID), carrierId,
                message.getStringProperty(CONTENT_TYPE), Channel.QUEUE, body, clock.instant(), deliveryId(message),
                message.getStringProperty(SenderSeal.PROTOCOL));
    }

    /**
     * The broker's id of this send of the message: the stamp's ({@link SenderSeal#DELIVERY_ID}), which messages over
     * every protocol carry, or else its JMSMessageID (a message stored before the broker stamped one).
     */
    private static String deliveryId(Message message) throws JMSException {
        String stamped = message.getStringProperty(SenderSeal.DELIVERY_ID);
        return stamped != null ? stamped : message.getJMSMessageID();
    }

    private static void deadLetter(Session session, Message message, byte[] body, String reason)
            throws JMSException {
        log.warn("Filing message {} (messageId {}, carrierId {}) goes to the dead-letter queue: {}",
                message.getJMSMessageID() == null ? "without a broker id" : message.getJMSMessageID(),
                message.getStringProperty(MESSAGE_ID), message.getStringProperty(CARRIER_ID), reason);
        DeadLetters.forward(session, message, body, reason);
    }
}
