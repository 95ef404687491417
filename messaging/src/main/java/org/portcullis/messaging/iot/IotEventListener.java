package org.portcullis.messaging.iot;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.messaging.jms.BatchMessageListener;
import org.portcullis.messaging.jms.DeadLetters;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.model.intake.SenderSeal;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.IotEventReadResult;
import org.portcullis.model.iot.SensorEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes sensor events off the queue bound to {@link IotTopics#ADDRESS_WILDCARD} a batch at a time and hands those
 * that read to the port together, in the batch's transaction. Who published it is the user the broker's sender stamp sealed into the message, never
 * anything the sensor wrote; the address it was published to is its topic. An event without a seal that verifies,
 * one the reader refuses (with every error: code, JSON Pointer, message), one that is neither text nor bytes, or
 * one that failed {@code maxDeliveryAttempts} times goes to {@link IotTopics#DEAD_LETTER_ADDRESS} with the reason in
 * {@code deadLetterReason}: on one queue or the other, never lost.
 */
public class IotEventListener implements BatchMessageListener {

    private static final Logger log = LoggerFactory.getLogger(IotEventListener.class);

    private final IotEventReader reader;
    private final SensorEvents events;
    private final SenderSeal senderSeal;
    private final int maxDeliveryAttempts;

    public IotEventListener(IotEventReader reader, SensorEvents events, SenderSeal senderSeal,
            int maxDeliveryAttempts) {
        this.reader = reader;
        this.events = events;
        this.senderSeal = senderSeal;
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    @Override
    public void onMessages(List<Message> messages, Session session) throws JMSException {
        List<SensorEvents.Incoming> valid = new ArrayList<>(messages.size());
        for (Message message : messages) {
            SensorEvents.Incoming incoming = read(message, session);
            if (incoming != null) {
                valid.add(incoming);
            }
        }
        if (valid.isEmpty()) {
            return;
        }
        List<SensorEvents.Receipt> receipts = events.receiveAll(valid);
        if (log.isDebugEnabled()) {
            for (int i = 0; i < valid.size(); i++) {
                IotEvent event = valid.get(i).event();
                SensorEvents.Receipt receipt = receipts.get(i);
                log.debug("Sensor event {} of {}: {}", event.eventId(), event.operator(), receipt.duplicate()
                        ? "seen before, ignored" : "concerns " + receipt.openCases() + " open case(s)");
            }
        }
    }

    /** The event and its document, or null when the message went to the dead-letter queue. */
    private SensorEvents.Incoming read(Message message, Session session) throws JMSException {
        byte[] body = DeadLetters.readableBody(session, message, maxDeliveryAttempts, IotTopics.DEAD_LETTER_ADDRESS);
        if (body == null) {
            return null;
        }
        String account = sealedSender(message);
        if (account == null) {
            deadLetter(session, message, body, "the message carries no sender seal that verifies (the broker does "
                    + "not run Portcullis' sender stamp, or its seal secret differs), so who published it is unknown");
            return null;
        }
        String topic = addressOf(message.getJMSDestination());
        IotEventReadResult read = reader.read(topic, account, body);
        if (read instanceof IotEventReadResult.Invalid invalid) {
            deadLetter(session, message, body, invalid.summary());
            return null;
        }
        return new SensorEvents.Incoming(((IotEventReadResult.Valid) read).event(),
                new String(body, StandardCharsets.UTF_8));
    }

    private String sealedSender(Message message) throws JMSException {
        String sender = message.getStringProperty(SenderSeal.SENDER);
        String seal = message.getStringProperty(SenderSeal.SEAL);
        String messageId = message.getStringProperty(FilingMessageProperties.MESSAGE_ID);
        return senderSeal.verifies(sender, messageId, seal) ? sender : null;
    }

    /** The address the event was published to (Artemis names the destination of a routed message by it). */
    private static String addressOf(Destination destination) throws JMSException {
        if (destination instanceof Topic topic) {
            return topic.getTopicName();
        }
        return destination instanceof Queue queue ? queue.getQueueName() : null;
    }

    private static void deadLetter(Session session, Message message, byte[] body, String reason)
            throws JMSException {
        log.warn("Sensor event on {} from {} goes to the dead-letter queue: {}", message.getJMSDestination(),
                message.getStringProperty(SenderSeal.SENDER), reason);
        DeadLetters.forward(session, message, body, reason, IotTopics.DEAD_LETTER_ADDRESS);
    }
}
