package org.portcullis.casework.deadletter;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.portcullis.model.search.Paging;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.messaging.jms.MessageBodies;
import org.portcullis.model.intake.SenderSeal;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the filings' dead-letter queue (or the sensor events') without taking anything off it (a JMS queue browser), a page at a time.
 * Counting stops at {@link #COUNT_LIMIT}: a queue browser has to walk the messages to count them.
 */
@Component
public class DeadLetterQueue {

    /** The reason shown for a message the broker put on the dead-letter queue because it reached no queue. */
    public static final String ROUTED_NOWHERE = "the broker routed it to no queue (a sensor event is sent back to its "
            + "address once the events queue is bound there)";

    public static final int COUNT_LIMIT = 10_000;
    private static final int BODY_START = 400;

    private final JmsTemplate jms;
    private final DeadLetterSenders senders;

    DeadLetterQueue(JmsTemplate jms, DeadLetterSenders senders) {
        this.jms = jms;
        this.senders = senders;
    }

    /** The same reading over another broker connection (the sensor broker's, which keeps the refused sensor events). */
    public DeadLetterQueue onConnection(jakarta.jms.ConnectionFactory connectionFactory) {
        return new DeadLetterQueue(new JmsTemplate(connectionFactory), senders);
    }

    /**
     * The page asked for; the first when it lies before the first, the last when it lies past the last (the queue is
     * walked once: the messages of the last page so far are kept while walking).
     */
    public Page browse(int page, int size) {
        return browse(FilingMessageProperties.FILINGS_DEAD_LETTER_ADDRESS, page, size);
    }

    /** The page asked for of another dead-letter queue (the refused sensor events'), read the same way. */
    public Page browse(String deadLetterQueue, int page, int size) {
        return jms.browse(deadLetterQueue, (session, browser) -> {
            List<Message> asked = new ArrayList<>();
            List<Message> lastPage = new ArrayList<>();
            int position = 0;
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && position < COUNT_LIMIT) {
                Message message = (Message) messages.nextElement();
                if (position % size == 0) {
                    lastPage.clear();
                }
                lastPage.add(message);
                if (position >= (long) page * size && asked.size() < size) {
                    asked.add(message);
                }
                position++;
            }
            int shown = Paging.withinPages(page, position, size);
            List<DeadLetter> letters = new ArrayList<>();
            for (Message message : page > shown ? lastPage : asked) {
                letters.add(read(message, body(message), senders.blocker(message)));
            }
            return new Page(letters, shown, size, position, position >= COUNT_LIMIT);
        });
    }

    /**
     * Receives the dead letter with that JMS id in the template's (transacted) session: it leaves the queue when that
     * session commits.
     *
     * @throws DeadLetterGoneException when no such message is on the queue
     */
    static Message take(JmsTemplate jms, String deadLetterId) {
        if (deadLetterId == null || deadLetterId.isBlank() || deadLetterId.contains("'")) {
            throw new DeadLetterGoneException(deadLetterId);
        }
        Message dead = jms.receiveSelected(FilingMessageProperties.FILINGS_DEAD_LETTER_ADDRESS,
                "JMSMessageID = '" + deadLetterId + "'");
        if (dead == null) {
            throw new DeadLetterGoneException(deadLetterId);
        }
        return dead;
    }

    /** The dead letter with its body, read once by the caller ({@link #body}). */
    static DeadLetter read(Message message, byte[] body) throws JMSException {
        return read(message, body, null);
    }

    /** The dead letter with its body and what keeps it from being replayed. */
    static DeadLetter read(Message message, byte[] body, DeadLetter.Blocker blocker) throws JMSException {
        String reason = message.getStringProperty(FilingMessageProperties.DEAD_LETTER_REASON);
        if (reason == null && RoutedNowhere.test(message)) {
            reason = ROUTED_NOWHERE;
        }
        String sender = message.getStringProperty(FilingMessageProperties.CARRIER_ID);
        return new DeadLetter(message.getJMSMessageID(), message.getStringProperty(FilingMessageProperties.MESSAGE_ID),
                sender == null ? message.getStringProperty(SenderSeal.SENDER) : sender, reason,
                message.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(message.getJMSTimestamp()), body.length,
                preview(body), blocker);
    }

    /** The body as bytes; none for a message that is neither text nor bytes. */
    static byte[] body(Message message) throws JMSException {
        byte[] body = MessageBodies.bytesOf(message);
        return body == null ? new byte[0] : body;
    }

    private static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, BODY_START), StandardCharsets.UTF_8);
        return body.length > BODY_START ? text + "…" : text;
    }

    /** One page of dead letters and how many there are (at least, when {@code countLimited}). */
    public record Page(List<DeadLetter> letters, int page, int size, int total, boolean countLimited) {

        public int pageCount() {
            return Paging.pageCount(total, size);
        }
    }
}
