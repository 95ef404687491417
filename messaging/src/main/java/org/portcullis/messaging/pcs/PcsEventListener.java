package org.portcullis.messaging.pcs;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import org.portcullis.messaging.jms.DeadLetters;
import org.portcullis.model.pcs.PortCallEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.SessionAwareMessageListener;

/**
 * Takes port community system events off {@code portcullis.pcs.events} and hands them to the port in the
 * listener's transaction. An event that cannot be read (with every error: code, JSON Pointer, message), that is
 * neither text nor bytes, or that failed {@code maxDeliveryAttempts} times goes to {@code portcullis.pcs.DLQ} with
 * the reason in the {@code deadLetterReason} property: on one queue or the other, never lost.
 */
public class PcsEventListener implements SessionAwareMessageListener<Message> {

    private static final Logger log = LoggerFactory.getLogger(PcsEventListener.class);

    private final PcsEventReader reader;
    private final PortCallEvents events;
    private final int maxDeliveryAttempts;

    public PcsEventListener(PcsEventReader reader, PortCallEvents events, int maxDeliveryAttempts) {
        this.reader = reader;
        this.events = events;
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    @Override
    public void onMessage(Message message, Session session) throws JMSException {
        byte[] body = DeadLetters.readableBody(session, message, maxDeliveryAttempts, PcsAddresses.DEAD_LETTER_ADDRESS);
        if (body == null) {
            return;
        }
        PcsEventReadResult read = reader.read(body);
        if (read instanceof PcsEventReadResult.Invalid invalid) {
            deadLetter(session, message, body, invalid.summary());
            return;
        }
        var event = ((PcsEventReadResult.Valid) read).event();
        var receipt = events.receive(event);
        log.info("PCS event {} {} of vessel {} at {}: {}", event.eventId(), event.type(), event.vessel(), event.port(),
                receipt.duplicate() ? "seen before, ignored" : "told to " + receipt.cases().size() + " case(s)");
    }

    private static void deadLetter(Session session, Message message, byte[] body, String reason) throws JMSException {
        log.warn("PCS event {} goes to the dead-letter queue: {}", message.getJMSMessageID(), reason);
        DeadLetters.forward(session, message, body, reason, PcsAddresses.DEAD_LETTER_ADDRESS);
    }
}
