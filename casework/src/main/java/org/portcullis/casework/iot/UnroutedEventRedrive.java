package org.portcullis.casework.iot;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.jms.client.ActiveMQSession;
import org.portcullis.casework.deadletter.RoutedNowhere;
import org.portcullis.messaging.jms.DeadLetters;
import org.portcullis.messaging.jms.MessageBodies;
import org.portcullis.messaging.iot.IotTopics;
import org.portcullis.model.intake.SenderSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.connection.SessionProxy;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends back to their address the sensor events the broker routed nowhere. {@code portcullis.iot.#} has
 * {@code send-to-dla-on-no-route}, so an event published while the broker had no routing table for its new address
 * (the binding of the events queue not copied onto it: a race of clients publishing first to a new topic, docs/iot.md)
 * waits on the dead-letter queue instead of being dropped. Every {@code portcullis.iot.redrive-interval} each such event that has waited at least
 * {@code portcullis.iot.redrive-after} is taken off the dead-letter queue and sent to its address in one transacted
 * session, once the broker says the address routes to a queue. Only the broker's own no-route moves qualify (an
 * original address, no original queue, no {@code deadLetterReason}): an event the application refused or that
 * failed its deliveries stays. The copy keeps the broker's sealed sender and carries {@link #REDRIVEN_FROM}; an
 * event that has it is never sent back again, and the stored event's unique key makes a repeat change nothing.
 */
@Component
public class UnroutedEventRedrive {

    /**
     * On the event sent back: the broker's id of the message that was routed nowhere (MQTT messages have no JMS
     * message id). An event carrying it is never sent back again.
     */
    public static final String REDRIVEN_FROM = "redrivenFrom";
    /** Moved to the dead-letter queue by the broker because nothing was bound to its address when it was routed. */
    static final String UNROUTED = RoutedNowhere.selector(IotTopics.ADDRESS_PREFIX);
    private static final String NOT_REDRIVEN = " AND " + REDRIVEN_FROM + " IS NULL";
    private static final int MAX_PER_ROUND = 100;
    private static final long RECEIVE_TIMEOUT_MILLIS = 2000;

    private static final Logger log = LoggerFactory.getLogger(UnroutedEventRedrive.class);

    private final JmsTemplate jms;
    private final Clock clock;
    private final Duration after;
    private final AtomicLong redriven = new AtomicLong();

    @Autowired
    public UnroutedEventRedrive(SensorEventConnection connection, Clock clock, IotProperties properties) {
        this(connection.factory(), clock, properties);
    }

    UnroutedEventRedrive(ConnectionFactory connectionFactory, Clock clock, IotProperties properties) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.clock = clock;
        this.after = properties.redriveAfter();
    }

    @Scheduled(fixedDelayString = "${portcullis.iot.redrive-interval:PT5S}", initialDelayString = "PT10S")
    void redriveQuietly() {
        try {
            redrive();
        } catch (RuntimeException e) {
            log.warn("Could not send unrouted sensor events back from {}: {}", IotTopics.DEAD_LETTER_ADDRESS,
                    e.getMessage());
        }
    }

    /** Sends back each unrouted event that waited long enough and whose address routes now; how many it sent. */
    public int redrive() {
        long publishedBy = clock.instant().minus(after).toEpochMilli();
        List<Unrouted> waiting = jms.browseSelected(IotTopics.DEAD_LETTER_ADDRESS,
                UNROUTED + NOT_REDRIVEN + " AND JMSTimestamp <= " + publishedBy, (session, browser) -> {
                    List<Unrouted> found = new ArrayList<>();
                    for (Object next : Collections.list(browser.getEnumeration())) {
                        Message message = (Message) next;
                        found.add(new Unrouted(message.getLongProperty(RoutedNowhere.ORIGINAL_MESSAGE_ID),
                                message.getStringProperty(RoutedNowhere.ORIGINAL_ADDRESS)));
                        if (found.size() == MAX_PER_ROUND) {
                            break;
                        }
                    }
                    return found;
                });
        int sent = 0;
        for (Unrouted event : waiting) {
            if (Boolean.TRUE.equals(jms.execute(session -> sendBack(session, event), true))) {
                sent++;
            }
        }
        return sent;
    }

    /** Events this node sent back since it started. */
    public long redriven() {
        return redriven.get();
    }

    /** Unrouted events on the dead-letter queue now: waiting to be sent back, or routed nowhere a second time. */
    public int waiting() {
        return jms.browseSelected(IotTopics.DEAD_LETTER_ADDRESS, UNROUTED,
                (session, browser) -> Collections.list(browser.getEnumeration()).size());
    }

    /** Takes the event off the dead-letter queue and sends it to its address, in the session's one transaction. */
    private boolean sendBack(Session session, Unrouted event) throws JMSException {
        if (!routes(session, event.address())) {
            log.debug("Unrouted sensor event {} waits: {} routes to no queue yet", event.id(), event.address());
            return false;
        }
        Message dead;
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(IotTopics.DEAD_LETTER_ADDRESS),
                RoutedNowhere.ORIGINAL_MESSAGE_ID + " = " + event.id() + " AND " + UNROUTED + NOT_REDRIVEN)) {
            dead = consumer.receive(RECEIVE_TIMEOUT_MILLIS);
        }
        if (dead == null) {
            return false; // another node took it
        }
        byte[] body = MessageBodies.bytesOf(dead);
        BytesMessage copy = session.createBytesMessage();
        copy.writeBytes(body == null ? new byte[0] : body);
        DeadLetters.copyProperties(dead, copy, Set.of());
        copy.setStringProperty(REDRIVEN_FROM, Long.toString(event.id()));
        try (MessageProducer producer = session.createProducer(session.createTopic(event.address()))) {
            producer.send(copy);
        }
        session.commit();
        redriven.incrementAndGet();
        log.info("Sensor event published by {} to {} at {} had been routed nowhere by the broker and waited on {} as "
                + "message {}: sent to its address again", dead.getStringProperty(SenderSeal.SENDER), event.address(),
                Instant.ofEpochMilli(dead.getJMSTimestamp()), IotTopics.DEAD_LETTER_ADDRESS, event.id());
        return true;
    }

    /**
     * Whether the broker routes the address to the events queue now: the queue exists, bound to the wildcard address
     * {@code portcullis.iot.#}, which every sensor topic's address matches. (The broker's address query lists only
     * the queues bound to an address itself, not those bound through a wildcard.)
     */
    private static boolean routes(Session session, String address) throws JMSException {
        if (IotTopics.topicOf(address).isEmpty()) {
            return false; // not a sensor topic's address: stays for a supervisor
        }
        try {
            ClientSession.QueueQuery events = coreSession(session).queueQuery(SimpleString.of(IotTopics.EVENTS_QUEUE));
            return events.isExists() && IotTopics.ADDRESS_WILDCARD.equals(String.valueOf(events.getAddress()));
        } catch (ActiveMQException e) {
            JMSException failure = new JMSException("could not ask the broker for queue " + IotTopics.EVENTS_QUEUE
                    + ": " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    private static ClientSession coreSession(Session session) {
        Session target = session instanceof SessionProxy proxy ? proxy.getTargetSession() : session;
        if (target instanceof ActiveMQSession artemis) {
            return artemis.getCoreSession();
        }
        throw new IllegalStateException("not a session of an Artemis JMS client: " + target.getClass().getName());
    }

    /** A dead letter the broker routed nowhere: the broker's id of the message, the address it was sent to. */
    private record Unrouted(long id, String address) {
    }
}
