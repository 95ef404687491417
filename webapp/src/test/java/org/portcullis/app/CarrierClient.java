package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A carrier as the tests play it: a plain JMS client on the broker's CORE acceptor, sending filings to
 * {@code portcullis.filings} and reading its notices from {@code portcullis.notices.<carrierId>}.
 */
public final class CarrierClient implements AutoCloseable {

    public static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOTICE_TIMEOUT_MILLIS = 20_000;

    private final String carrierId;
    private final Connection connection;
    private final Session session;

    public CarrierClient(String brokerUrl, String carrierId, String password) {
        this.carrierId = carrierId;
        try {
            this.connection = new ActiveMQConnectionFactory(brokerUrl, carrierId, password).createConnection();
            this.connection.start();
            this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A sample filing from docs/samples with its LRN replaced, so that each test files its own, and its dates moved
     * for this run ({@link TestDates}: the ETA at least five days ahead).
     */
    public static String sample(String file, String lrn) {
        try {
            ObjectNode filing = (ObjectNode) JSON.readTree(TestDates.json(Files.readString(SAMPLES.resolve(file))));
            ((ObjectNode) filing.get("header")).put("lrn", lrn);
            return JSON.writeValueAsString(filing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void send(String body, String messageId) throws JMSException {
        Map<String, String> properties = new HashMap<>();
        properties.put("messageId", messageId);
        properties.put("carrierId", carrierId);
        properties.put("contentType", "application/json");
        send(body, properties);
    }

    public void send(String body, Map<String, String> properties) throws JMSException {
        sendTo("portcullis.filings", body, properties);
    }

    /** Sends to the queue named as given (an address, or Artemis' fully qualified {@code address::queue}). */
    public void sendTo(String queue, String body, Map<String, String> properties) throws JMSException {
        try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            TextMessage message = session.createTextMessage(body);
            for (var property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            producer.send(message);
        }
    }

    /** Sends the bytes as they are, in a bytes message (how a carrier sends a body that is not text). */
    public void sendBytes(byte[] body, Map<String, String> properties) throws JMSException {
        try (MessageProducer producer = session.createProducer(session.createQueue("portcullis.filings"))) {
            jakarta.jms.BytesMessage message = session.createBytesMessage();
            message.writeBytes(body);
            for (var property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            producer.send(message);
        }
    }

    /** The standard transport properties of this carrier for the message id. */
    public Map<String, String> properties(String messageId) {
        Map<String, String> properties = new HashMap<>();
        properties.put("messageId", messageId);
        properties.put("carrierId", carrierId);
        properties.put("contentType", "application/json");
        return properties;
    }

    /** The next notice of the type answering the message id; fails the test when none comes in time. */
    public Notice awaitNotice(String type, String correlationId) throws JMSException {
        String selector = "noticeType = '" + type + "' AND correlationId = '" + correlationId + "'";
        Message message = receive("portcullis.notices." + carrierId, selector);
        assertThat(message).as("%s notice for %s on portcullis.notices.%s", type, correlationId, carrierId).isNotNull();
        return Notice.of(message);
    }

    /** The next notice of the type answering the message id as it came (for CUSRES bodies). */
    public Message awaitNoticeMessage(String type, String correlationId) throws JMSException {
        String selector = "noticeType = '" + type + "' AND correlationId = '" + correlationId + "'";
        Message message = receive("portcullis.notices." + carrierId, selector);
        assertThat(message).as("%s notice for %s on portcullis.notices.%s", type, correlationId, carrierId).isNotNull();
        return message;
    }

    /** The next message on any queue matching the selector, or null after the timeout. */
    public Message receive(String queue, String selector) throws JMSException {
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue), selector)) {
            return consumer.receive(NOTICE_TIMEOUT_MILLIS);
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }

    /** A notice as received: its message properties and its parsed JSON body. */
    public record Notice(Map<String, String> properties, JsonNode body) {

        static Notice of(Message message) throws JMSException {
            Map<String, String> properties = new HashMap<>();
            for (Object name : java.util.Collections.list(message.getPropertyNames())) {
                properties.put((String) name, String.valueOf(message.getObjectProperty((String) name)));
            }
            try {
                return new Notice(properties, JSON.readTree(((TextMessage) message).getText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String mrn() {
            return body.path("mrn").asText();
        }
    }
}
