package org.portcullis.casework.messaging;

import jakarta.jms.Message;
import jakarta.jms.Session;
import java.util.concurrent.atomic.AtomicInteger;
import org.portcullis.model.intake.WorkInHand;
import org.springframework.jms.listener.SessionAwareMessageListener;

/** The filing messages the filing listeners are handling at this moment (a gauge sensor events yield to). */
public final class FilingsInHand implements WorkInHand {

    private final AtomicInteger handling = new AtomicInteger();

    @Override
    public int count() {
        return handling.get();
    }

    /** The listener, counted while it handles a message. */
    public SessionAwareMessageListener<Message> counting(SessionAwareMessageListener<Message> listener) {
        return (Message message, Session session) -> {
            handling.incrementAndGet();
            try {
                listener.onMessage(message, session);
            } finally {
                handling.decrementAndGet();
            }
        };
    }
}
