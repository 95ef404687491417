package org.portcullis.messaging.jms;

import static org.portcullis.messaging.jms.FilingMessageProperties.CARRIER_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.CONTENT_TYPE;
import static org.portcullis.messaging.jms.FilingMessageProperties.MESSAGE_ID;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.SessionAwareMessageListener;

/**
 * Takes filings off {@code portcullis.filings} and hands them to the intake in the listener's transaction.
 * A message that names no usable carrier (so no notice could reach anyone), that is neither text nor bytes, or
 * that failed {@code maxDeliveryAttempts} times goes to the dead-letter queue with the reason.
 */
public class FilingMessageListener implements SessionAwareMessageListener<Message> {

    private static final Logger log = LoggerFactory.getLogger(FilingMessageListener.class);

    private final FilingIntake intake;
    private final Clock clock;
    private final int maxDeliveryAttempts;

    public FilingMessageListener(FilingIntake intake, Clock clock, int maxDeliveryAttempts) {
        this.intake = intake;
        this.clock = clock;
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    @Override
    public void onMessage(Message message, Session session) throws JMSException {
        byte[] body = bodyOf(message);
        String carrierId = message.getStringProperty(CARRIER_ID);
        if (body == null) {
            deadLetter(session, message, new byte[0], "the message is neither a text nor a bytes message");
        } else if (!FilingMessageProperties.isValidCarrierId(carrierId)) {
            deadLetter(session, message, body, "the carrierId property is missing or is not a carrier id "
                    + "(letters, digits, '-' and '_', at most 64), so no notice can be addressed");
        } else if (deliveryCount(message) > maxDeliveryAttempts) {
            deadLetter(session, message, body, "not handled after " + maxDeliveryAttempts
                    + " delivery attempts; the application log names the error for message "
                    + message.getJMSMessageID());
        } else {
            intake.receive(new InboundMessage(message.getStringProperty(MESSAGE_ID), carrierId,
                    message.getStringProperty(CONTENT_TYPE), Channel.QUEUE, body, clock.instant()));
        }
    }

    private static void deadLetter(Session session, Message message, byte[] body, String reason)
            throws JMSException {
        log.warn("Filing message {} goes to the dead-letter queue: {}", message.getJMSMessageID(), reason);
        DeadLetters.forward(session, message, body, reason);
    }

    private static int deliveryCount(Message message) throws JMSException {
        return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
    }

    private static byte[] bodyOf(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() == null ? new byte[0] : text.getText().getBytes(StandardCharsets.UTF_8);
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            return body;
        }
        return null;
    }
}
