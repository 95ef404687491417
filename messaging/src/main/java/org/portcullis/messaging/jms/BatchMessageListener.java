package org.portcullis.messaging.jms;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.util.List;
import org.springframework.jms.listener.SessionAwareMessageListener;

/**
 * Handles the messages of one batch (received in one transacted session, handled in one database transaction), so
 * that what each message would cost the database on its own (a lookup, an insert) is done once for the batch.
 */
@FunctionalInterface
public interface BatchMessageListener {

    void onMessages(List<Message> messages, Session session) throws JMSException;

    /** A listener that handles the messages of a batch one after the other. */
    static BatchMessageListener each(SessionAwareMessageListener<Message> listener) {
        return (messages, session) -> {
            for (Message message : messages) {
                listener.onMessage(message, session);
            }
        };
    }
}
