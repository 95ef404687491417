package org.portcullis.casework.deadletter;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.support.JmsUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a dead letter off the queue for good, for a supervisor, with the reason: recorded (who, when, why, what the
 * letter was) in the database transaction, after which the transacted JMS session that took it commits.
 */
@Service
public class DeadLetterDiscard {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDiscard.class);
    private static final long RECEIVE_TIMEOUT_MILLIS = 2000;

    private final JmsTemplate jms;
    private final JdbcClient jdbc;
    private final Clock clock;

    DeadLetterDiscard(ConnectionFactory connectionFactory, JdbcClient jdbc, Clock clock) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.jms.setReceiveTimeout(RECEIVE_TIMEOUT_MILLIS);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException without a reason (nothing is taken)
     * @throws DeadLetterGoneException when no message with that id is on the DLQ
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public DeadLetter discard(String deadLetterId, String reason, String supervisor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a dead letter is discarded only with the reason");
        }
        Message dead = DeadLetterQueue.take(jms, deadLetterId);
        try {
            DeadLetter letter = DeadLetterQueue.read(dead, DeadLetterQueue.body(dead));
            jdbc.sql("""
                    insert into dead_letter_discard (dead_letter_id, message_id, carrier_id, dead_letter_reason,
                        discard_reason, discarded_by, discarded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(deadLetterId, cut(letter.messageId(), 128), cut(letter.carrierId(), 64),
                            cut(letter.reason(), 1000), cut(reason.strip(), 1000), supervisor, utc(clock.instant()))
                    .update();
            log.info("Dead letter {} (message {} of {}) discarded by {}: {}", deadLetterId, letter.messageId(),
                    letter.carrierId(), supervisor, reason.strip());
            return letter;
        } catch (JMSException e) {
            throw JmsUtils.convertJmsAccessException(e);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
