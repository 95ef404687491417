package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.qpid.protonj2.client.Client;
import org.apache.qpid.protonj2.client.ConnectionOptions;
import org.apache.qpid.protonj2.client.Tracker;
import org.junit.jupiter.api.Test;
import org.portcullis.model.intake.SenderSeal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.connection.SingleConnectionFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.jms.listener.SessionAwareMessageListener;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.ReactorNettyTcpStompClient;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;

/**
 * A filing sent over AMQP or STOMP that the broker delivers again after a node died between its database commit and
 * its acknowledgement is answered once; the carrier's own resend of the same messageId still gets the first answer
 * repeated. The node that dies is played by this test: with the application's filing listener shut down, it takes the
 * message from the real broker in a transacted session, lets the application's own listener handle it (database
 * committed), and closes the session without acknowledging; the broker then delivers the message again to the
 * restarted listener.
 */
class RedeliveryOverAmqpAndStompIT extends PortcullisIntegrationTest {

    private static final String FILINGS = "portcullis.filings";

    @Autowired
    private DefaultMessageListenerContainer filingListenerContainer;

    @Autowired
    private ConnectionFactory applicationConnectionFactory;

    /**
     * The broker connection factory behind the application's caching one, so that closing a connection really
     * closes it (and its unacknowledged session), as a dying node's would be.
     */
    private ConnectionFactory broker() {
        return applicationConnectionFactory instanceof SingleConnectionFactory caching
                ? caching.getTargetConnectionFactory() : applicationConnectionFactory;
    }

    @Test
    void aFilingOverAmqpDeliveredAgainAfterANodeDiedIsAnsweredOnce() throws Exception {
        String messageId = MessageSequence.uniqueLrn("amqp-redelivered") + "-m1";

        String deliveryId = deliveredTwice(messageId, () -> sendOverAmqp(messageId));

        assertAnsweredOnceThenRepeatedForAResend("AMQP", messageId, deliveryId, () -> sendOverAmqp(messageId));
    }

    @Test
    void aFilingOverStompDeliveredAgainAfterANodeDiedIsAnsweredOnce() throws Exception {
        String messageId = MessageSequence.uniqueLrn("stomp-redelivered") + "-m1";

        String deliveryId = deliveredTwice(messageId, () -> sendOverStomp(messageId));

        assertAnsweredOnceThenRepeatedForAResend("STOMP", messageId, deliveryId, () -> sendOverStomp(messageId));
    }

    /** Sends, lets a node handle the message and die unacknowledged, then lets the restarted listener take it again. */
    private String deliveredTwice(String messageId, CarrierSend send) throws Exception {
        // shut down, not only stopped: a stopped container keeps its consumers, and the broker still hands them messages
        filingListenerContainer.shutdown();
        String deliveryId;
        try {
            send.run();
            deliveryId = handleAndDie(messageId);
        } finally {
            filingListenerContainer.initialize();
            filingListenerContainer.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !onFilingsQueue(messageId));
        return deliveryId;
    }

    @SuppressWarnings("unchecked")
    private String handleAndDie(String messageId) throws JMSException {
        var listener = (SessionAwareMessageListener<Message>) filingListenerContainer.getMessageListener();
        try (Connection connection = broker().createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(FILINGS), selector(messageId));
            Message message = consumer.receive(20_000);
            assertThat(message).as("the carrier's message on " + FILINGS).isNotNull();
            listener.onMessage(message, session);
            return message.getStringProperty(SenderSeal.DELIVERY_ID);
        }
    }

    private void assertAnsweredOnceThenRepeatedForAResend(String carrierId, String messageId, String deliveryId,
            CarrierSend resend) throws Exception {
        assertThat(deliveryId).as("the broker's id of the send").isNotBlank();
        assertThat(jdbc.sql("select delivery_id from inbound_message where carrier_id = ? and message_id = ?")
                .params(carrierId, messageId).query(String.class).single()).isEqualTo(deliveryId);
        assertThat(acceptedNotices(carrierId, messageId)).as("answers after the redelivery").isEqualTo(1);

        resend.run();

        await().atMost(Duration.ofSeconds(30)).until(() -> acceptedNotices(carrierId, messageId) == 2);
        assertThat(jdbc.sql("select count(*) from inbound_message where carrier_id = ? and message_id = ?")
                .params(carrierId, messageId).query(Integer.class).single()).isEqualTo(1);
    }

    private int acceptedNotices(String carrierId, String messageId) {
        return jdbc.sql("""
                select count(*) from notice
                where carrier_id = ? and correlation_id = ? and notice_type = 'ACCEPTED'""")
                .params(carrierId, messageId).query(Integer.class).single();
    }

    private boolean onFilingsQueue(String messageId) throws JMSException {
        try (Connection connection = broker().createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueBrowser browser = session.createBrowser(session.createQueue(FILINGS), selector(messageId));
            return browser.getEnumeration().hasMoreElements();
        }
    }

    private static String selector(String messageId) {
        return "messageId = '" + messageId + "'";
    }

    private static void sendOverAmqp(String messageId) throws Exception {
        try (Client client = Client.create();
             var connection = client.connect("127.0.0.1", AMQP_PORT,
                     new ConnectionOptions().user("AMQP").password(password("AMQP")))) {
            var message = org.apache.qpid.protonj2.client.Message.create(body(messageId));
            message.property("messageId", messageId);
            message.property("carrierId", "AMQP");
            message.property("contentType", "application/json");
            Tracker tracker = connection.openSender(FILINGS).send(message);
            tracker.awaitSettlement(10, TimeUnit.SECONDS);
            assertThat(tracker.remoteState().getType().name()).isEqualTo("ACCEPTED");
        }
    }

    private static void sendOverStomp(String messageId) throws Exception {
        ReactorNettyTcpStompClient client = new ReactorNettyTcpStompClient("127.0.0.1", STOMP_PORT);
        client.setMessageConverter(new StringMessageConverter());
        StompHeaders login = new StompHeaders();
        login.setLogin("STOMP");
        login.setPasscode(password("STOMP"));
        StompSession session = client.connectAsync(login, new StompSessionHandlerAdapter() { })
                .get(10, TimeUnit.SECONDS);
        try {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(FILINGS);
            headers.set("messageId", messageId);
            headers.set("carrierId", "STOMP");
            headers.set("contentType", "application/json");
            session.send(headers, body(messageId));
        } finally {
            session.disconnect();
            client.shutdown();
        }
    }

    private static String body(String messageId) {
        return CarrierClient.sample("filing-green.json", messageId.replace("-m1", ""));
    }

    @FunctionalInterface
    private interface CarrierSend {
        void run() throws Exception;
    }
}
