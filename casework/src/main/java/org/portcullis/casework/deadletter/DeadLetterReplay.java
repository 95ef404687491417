package org.portcullis.casework.deadletter;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import java.time.Clock;
import java.util.Set;
import org.portcullis.messaging.jms.DeadLetters;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a dead letter back to {@code portcullis.filings} as it came (body and the carrier's properties, without
 * the dead-letter reason), for a supervisor who has dealt with why it died. Taking it off the DLQ and sending it
 * happen in one transacted JMS session that commits right after the database transaction recording who replayed
 * it: the message is on one queue or the other, never both, never gone.
 */
@Service
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
    private static final long RECEIVE_TIMEOUT_MILLIS = 2000;

    private static final int MAX_MESSAGE_ID_LENGTH = 128;

    private final JmsTemplate jms;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DeadLetterSenders senders;

    DeadLetterReplay(ConnectionFactory connectionFactory, JdbcClient jdbc, Clock clock, DeadLetterSenders senders) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.jms.setReceiveTimeout(RECEIVE_TIMEOUT_MILLIS);
        this.jdbc = jdbc;
        this.clock = clock;
        this.senders = senders;
    }

    /**
     * @throws DeadLetterGoneException when no message with that id is on the DLQ (replayed already)
     * @throws DeadLetterNotReplayableException when it names no carrier, another carrier sent it under this
     *         carrier's id, or the broker's stamp of its sender is missing or does not verify: sent again by the
     *         application it would pass as the carrier's own; it stays on the DLQ
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public DeadLetter replay(String deadLetterId, String supervisor) {
        Message dead = DeadLetterQueue.take(jms, deadLetterId);
        try {
            byte[] body = DeadLetterQueue.body(dead);
            DeadLetter letter = DeadLetterQueue.read(dead, body);
            DeadLetter.Blocker blocker = senders.blocker(dead);
            if (blocker != null) {
                throw new DeadLetterNotReplayableException(deadLetterId, blocker);
            }
            jms.send(FilingMessageProperties.FILINGS_ADDRESS, session -> {
                BytesMessage copy = session.createBytesMessage();
                copy.writeBytes(body);
                DeadLetters.copyProperties(dead, copy, Set.of(FilingMessageProperties.DEAD_LETTER_REASON));
                copy.setStringProperty("replayedBy", supervisor);
                copy.setStringProperty("replayedFrom", deadLetterId);
                return copy;
            });
            jdbc.sql("""
                    insert into dead_letter_replay (dead_letter_id, message_id, carrier_id, dead_letter_reason,
                        replayed_by, replayed_at) values (?, ?, ?, ?, ?, ?)""")
                    .params(deadLetterId, truncate(letter.messageId(), MAX_MESSAGE_ID_LENGTH), truncate(letter.carrierId(), 64),
                            truncate(letter.reason(), 1000), supervisor, utc(clock.instant()))
                    .update();
            log.info("Dead letter {} (message {} of {}) replayed by {}", deadLetterId, letter.messageId(),
                    letter.carrierId(), supervisor);
            return letter;
        } catch (jakarta.jms.JMSException e) {
            throw org.springframework.jms.support.JmsUtils.convertJmsAccessException(e);
        }
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
