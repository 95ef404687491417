package org.portcullis.benchmark;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A carrier on the public contract: sends filings to {@code portcullis.filings} (persistent, with the
 * {@code messageId}, {@code carrierId} and {@code contentType} properties, and the messageId as Artemis's
 * duplicate-detection id so that a send retried after a broker failure is stored once), and reads its notices
 * from {@code portcullis.notices.<carrierId>}. A send that fails is retried on a new connection until it succeeds.
 */
final class Carrier implements FilingSender, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Carrier.class);

    private final String brokerUrl;
    private final String user;
    private final String password;
    private final String carrierId;
    private Connection sendConnection;
    private Session sendSession;
    private MessageProducer producer;
    private Connection listenConnection;
    private int retriedSends;

    Carrier(String brokerUrl, String user, String password, String carrierId) {
        this.brokerUrl = brokerUrl;
        this.user = user;
        this.password = password;
        this.carrierId = carrierId;
    }

    String carrierId() {
        return carrierId;
    }

    @Override
    public int retriedSends() {
        return retriedSends;
    }

    @Override
    public void send(String messageId, String body) throws InterruptedException {
        while (true) {
            try {
                if (producer == null) {
                    openSender();
                }
                TextMessage message = sendSession.createTextMessage(body);
                message.setStringProperty("messageId", messageId);
                message.setStringProperty("carrierId", carrierId);
                message.setStringProperty("contentType", "application/json");
                message.setStringProperty("_AMQ_DUPL_ID", carrierId + ":" + messageId);
                producer.send(message);
                return;
            } catch (JMSException | RuntimeException e) {
                retriedSends++;
                log.debug("send of {} failed, retrying: {}", messageId, e.toString());
                closeSender();
                Thread.sleep(500);
            }
        }
    }

    /** Delivers every notice of this carrier to the listener as it arrives. */
    void listen(MessageListener listener) throws JMSException {
        listenConnection = factory().createConnection(user, password);
        Session session = listenConnection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createQueue("portcullis.notices." + carrierId));
        consumer.setMessageListener(listener);
        listenConnection.start();
    }

    /** Reads every notice waiting on the carrier's queue until none comes for the quiet period. */
    void drain(MessageListener listener, long quietMillis) throws JMSException {
        try (Connection connection = factory().createConnection(user, password)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("portcullis.notices." + carrierId));
            connection.start();
            Message message;
            while ((message = consumer.receive(quietMillis)) != null) {
                listener.onMessage(message);
            }
        }
    }

    private void openSender() throws JMSException {
        sendConnection = factory().createConnection(user, password);
        sendSession = sendConnection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        producer = sendSession.createProducer(sendSession.createQueue("portcullis.filings"));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    private ActiveMQConnectionFactory factory() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
        factory.setBlockOnDurableSend(true);
        factory.setCallTimeout(10_000);
        return factory;
    }

    private void closeSender() {
        try {
            if (sendConnection != null) {
                sendConnection.close();
            }
        } catch (JMSException | RuntimeException ignored) {
            // the connection is gone already
        }
        sendConnection = null;
        sendSession = null;
        producer = null;
    }

    @Override
    public void close() throws JMSException {
        closeSender();
        if (listenConnection != null) {
            listenConnection.close();
        }
    }
}
