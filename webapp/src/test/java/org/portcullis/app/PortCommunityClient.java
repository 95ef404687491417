package org.portcullis.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The port community system as the tests play it: a plain JMS client on the broker's CORE acceptor, sending vessel
 * events to {@code portcullis.pcs.events} and reading the terminal's notices from {@code portcullis.pcs.notices}.
 */
public final class PortCommunityClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_MILLIS = 20_000;

    private final Connection connection;
    private final Session session;

    /** Signs in with the PCS's test account (user PCS, password pcs-secret). */
    public PortCommunityClient(String brokerUrl) {
        try {
            this.connection = new ActiveMQConnectionFactory(brokerUrl).createConnection("PCS", "pcs-secret");
            this.connection.start();
            this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String arrival(String eventId, String imo, String port, Instant ata) {
        return """
                {"eventId": "%s", "eventType": "VESSEL_ARRIVED", "vessel": {"imoNumber": "%s"},
                 "portOfCall": "%s", "berth": "ECT Delta 2", "ata": "%s"}""".formatted(eventId, imo, port, ata);
    }

    public static String departure(String eventId, String imo, String port, Instant atd) {
        return """
                {"eventId": "%s", "eventType": "VESSEL_DEPARTED", "vessel": {"imoNumber": "%s"},
                 "portOfCall": "%s", "atd": "%s"}""".formatted(eventId, imo, port, atd);
    }

    /** Sends an event, with a {@code testId} property a test can find it by on the dead-letter queue. */
    public void send(String body, String testId) throws JMSException {
        try (MessageProducer producer = session.createProducer(session.createQueue("portcullis.pcs.events"))) {
            TextMessage message = session.createTextMessage(body);
            message.setStringProperty("testId", testId);
            producer.send(message);
        }
    }

    /** The next notices to the terminal about the case's containers, as many as expected, or fewer after the timeout. */
    public List<TerminalNotice> awaitNotices(String mrn, int expected) throws JMSException {
        List<TerminalNotice> notices = new ArrayList<>();
        try (MessageConsumer consumer = session.createConsumer(session.createQueue("portcullis.pcs.notices"),
                "MRN = '" + mrn + "' AND noticeType = 'CONTAINER_STATUS'")) {
            while (notices.size() < expected) {
                Message message = consumer.receive(TIMEOUT_MILLIS);
                if (message == null) {
                    break;
                }
                notices.add(TerminalNotice.of(message));
            }
        }
        return notices;
    }

    /** The next free pratique notice of the case on {@code portcullis.pcs.notices}, or null after the timeout. */
    public Message awaitFreePratique(String mrn) throws JMSException {
        return receive("portcullis.pcs.notices", "MRN = '" + mrn + "' AND noticeType = 'FREE_PRATIQUE'");
    }

    /** The next message on any queue matching the selector, or null after the timeout. */
    public Message receive(String queue, String selector) throws JMSException {
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue), selector)) {
            return consumer.receive(TIMEOUT_MILLIS);
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }

    /** A notice to the terminal as received: its routing properties and its parsed JSON body. */
    public record TerminalNotice(String containerNumber, String containerStatus, String mrn, JsonNode body) {

        static TerminalNotice of(Message message) throws JMSException {
            try {
                return new TerminalNotice(message.getStringProperty("containerNumber"),
                        message.getStringProperty("containerStatus"), message.getStringProperty("MRN"),
                        JSON.readTree(((TextMessage) message).getText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
