package org.portcullis.casework.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.messaging.jms.FilingMessageListener;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.SenderSeal;
import org.portcullis.model.intake.IntakeReceipt;
import org.portcullis.model.notice.NoticeType;

/**
 * What the intake is told about a message the broker delivers again, on a real broker with a persistent journal:
 * the same delivery id when the broker delivers the same message again, even after the broker itself restarted (the
 * default setup's embedded broker dies with the application), and another one when the carrier sends the same
 * messageId again. The intake tells the two apart by it (a redelivery of a handled message gets no second answer).
 */
class FilingRedeliveryTest {

    private static final String QUEUE = FilingMessageProperties.FILINGS_ADDRESS;
    private static final SenderSeal SEAL = new SenderSeal(new byte[32]);

    @TempDir
    Path journal;

    private EmbeddedActiveMQ broker;
    private final List<InboundMessage> received = new ArrayList<>();
    private final FilingMessageListener listener = new FilingMessageListener(recordingIntake(),
            FilingReaders.standard(), Clock.systemUTC(),
            new FilingMessageListener.ListenerLimits(5, 1_000_000, Set.of(), SEAL));

    @AfterEach
    void stop() throws Exception {
        broker.stop();
    }

    @Test
    void theSameMessageDeliveredAgainAfterABrokerRestartCarriesTheSameDeliveryIdAndACarriersResendAnother()
            throws Exception {
        startBroker();
        send("m-1");
        try (Connection connection = connect()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            deliverNext(session);
            // no commit: the application dies here, after its database commit, with the broker inside it
        }
        broker.stop();
        startBroker();

        try (Connection connection = connect()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            deliverNext(session);
            session.commit();
        }
        send("m-1");
        try (Connection connection = connect()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            deliverNext(session);
            session.commit();
        }

        assertThat(received).extracting(InboundMessage::messageId).containsExactly("m-1", "m-1", "m-1");
        assertThat(received.get(0).deliveryId()).isNotBlank();
        assertThat(received.get(1).isRedeliveryOf(received.get(0).deliveryId())).as("the broker's redelivery").isTrue();
        assertThat(received.get(2).isRedeliveryOf(received.get(0).deliveryId())).as("the carrier's resend").isFalse();
    }

    private void deliverNext(Session session) throws JMSException {
        MessageConsumer consumer = session.createConsumer(session.createQueue(QUEUE));
        Message message = consumer.receive(10_000);
        assertThat(message).as("a message on " + QUEUE).isNotNull();
        listener.onMessage(message, session);
        consumer.close();
    }

    private void startBroker() throws Exception {
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(true).setSecurityEnabled(false)
                .setJournalDirectory(journal.resolve("journal").toString())
                .setBindingsDirectory(journal.resolve("bindings").toString())
                .setLargeMessagesDirectory(journal.resolve("large").toString())
                .setPagingDirectory(journal.resolve("paging").toString())
                .addAcceptorConfiguration("in-vm", "vm://74"));
        broker.start();
    }

    private static Connection connect() throws JMSException {
        Connection connection = new ActiveMQConnectionFactory("vm://74").createConnection();
        connection.start();
        return connection;
    }

    private static void send(String messageId) throws JMSException {
        try (Connection connection = connect()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            TextMessage message = session.createTextMessage("{}");
            message.setStringProperty(FilingMessageProperties.MESSAGE_ID, messageId);
            message.setStringProperty(FilingMessageProperties.CARRIER_ID, "CARRIER-A");
            message.setStringProperty(FilingMessageProperties.CONTENT_TYPE, "application/json");
            // the stamp the broker's SenderStamp would put on it (this broker runs without security)
            message.setStringProperty(FilingMessageProperties.SENDER, "CARRIER-A");
            message.setStringProperty(FilingMessageProperties.SENDER_SEAL, SEAL.of("CARRIER-A", messageId));
            producer.send(message);
        }
    }

    private FilingIntake recordingIntake() {
        return new FilingIntake() {
            @Override
            public IntakeReceipt receive(InboundMessage message, FilingReadResult read) {
                received.add(message);
                return new IntakeReceipt("n-" + received.size(), NoticeType.ACCEPTED, null, false);
            }

            @Override
            public IntakeReceipt refuse(InboundMessage message, String lrn, ValidationError reason) {
                throw new AssertionError("refused: " + reason);
            }
        };
    }
}
