package org.portcullis.messaging.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a message Portcullis cannot answer to the dead-letter queue with the reason as a property, in the
 * listener's transacted session: the message is either still on its queue or on the DLQ, never gone.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    /**
     * True for a name JMS accepts as a property: a Java identifier. Other protocols allow more (STOMP's
     * {@code content-length}); such properties are named in {@code propertiesNotCopied} instead.
     */
    static boolean isJmsPropertyName(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        return name.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
    }

    /**
     * Copies the sender's properties of {@code original} onto {@code copy}: not the broker's own ({@code JMSX*},
     * {@code _AMQ*}) nor those {@code excluded}. A property JMS does not accept as a name (STOMP's
     * {@code content-length}) is listed in {@code propertiesNotCopied} instead.
     */
    public static void copyProperties(Message original, Message copy, Set<String> excluded) throws JMSException {
        List<String> notCopied = new ArrayList<>();
        for (Object name : Collections.list(original.getPropertyNames())) {
            String property = (String) name;
            if (property.startsWith("JMSX") || property.startsWith("_AMQ") || excluded.contains(property)) {
                continue;
            }
            if (isJmsPropertyName(property)) {
                copy.setObjectProperty(property, original.getObjectProperty(property));
            } else {
                notCopied.add(property);
            }
        }
        if (!notCopied.isEmpty()) {
            copy.setStringProperty("propertiesNotCopied", String.join(",", notCopied));
        }
    }

    /**
     * The body of an inbound event (text as UTF-8, or bytes), or null after moving the event to its dead-letter queue
     * with the reason, when it is neither text nor bytes or failed {@code maxDeliveryAttempts} times already.
     */
    public static byte[] readableBody(Session session, Message message, int maxDeliveryAttempts,
            String deadLetterAddress) throws JMSException {
        byte[] body = MessageBodies.bytesOf(message);
        String reason = null;
        if (body == null) {
            reason = "the message is neither a text nor a bytes message";
        } else if (MessageBodies.deliveryCount(message) > maxDeliveryAttempts) {
            reason = "not handled after " + maxDeliveryAttempts + " delivery attempts; the application log names the "
                    + "error for message " + message.getJMSMessageID();
        }
        if (reason == null) {
            return body;
        }
        log.warn("Message {} on {} goes to {}: {}", message.getJMSMessageID(), message.getJMSDestination(),
                deadLetterAddress, reason);
        forward(session, message, body == null ? new byte[0] : body, reason, deadLetterAddress);
        return null;
    }

    /** To the filings' dead-letter queue. */
    public static void forward(Session session, Message original, byte[] body, String reason) throws JMSException {
        forward(session, original, body, reason, FilingMessageProperties.FILINGS_DEAD_LETTER_ADDRESS);
    }

    /** To the given dead-letter queue. */
    public static void forward(Session session, Message original, byte[] body, String reason, String deadLetterAddress)
            throws JMSException {
        BytesMessage copy = session.createBytesMessage();
        copy.writeBytes(body);
        copyProperties(original, copy, Set.of());
        copy.setStringProperty(FilingMessageProperties.DEAD_LETTER_REASON, reason);
        copy.setStringProperty("originalMessageId", original.getJMSMessageID());
        try (MessageProducer producer = session.createProducer(
                session.createQueue(deadLetterAddress))) {
            producer.send(copy);
        }
    }
}
