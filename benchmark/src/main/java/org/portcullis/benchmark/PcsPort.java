package org.portcullis.benchmark;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The port community system of the two-node check: tells Portcullis on {@code portcullis.pcs.events} that a vessel
 * arrived (VESSEL_ARRIVED, arrival now), retrying through outages with the event id as duplicate-detection id.
 */
final class PcsPort {

    private static final Logger log = LoggerFactory.getLogger(PcsPort.class);

    private final String brokerUrl;
    private int sent;

    PcsPort(String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    static String eventId(int vessel) {
        return "pcs-bench-arrival-" + vessel;
    }

    int sent() {
        return sent;
    }

    void arrived(int vessel) throws InterruptedException {
        String eventId = eventId(vessel);
        String body = "{\"eventId\":\"" + eventId + "\",\"eventType\":\"VESSEL_ARRIVED\",\"vessel\":{\"imoNumber\":\""
                + ClusterFilings.imoNumber(vessel) + "\"},\"portOfCall\":\"NLRTM\",\"ata\":\""
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}";
        while (true) {
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
            factory.setBlockOnDurableSend(true);
            factory.setCallTimeout(10_000);
            try (Connection connection = factory.createConnection(ExternalBroker.USER, ExternalBroker.PASSWORD)) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createQueue("portcullis.pcs.events"));
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                TextMessage message = session.createTextMessage(body);
                message.setStringProperty("_AMQ_DUPL_ID", eventId);
                producer.send(message);
                sent++;
                log.debug("arrival of vessel {} sent", vessel);
                return;
            } catch (JMSException | RuntimeException e) {
                log.debug("arrival of vessel {} not sent, retrying: {}", vessel, e.toString());
                Thread.sleep(500);
            } finally {
                factory.close();
            }
        }
    }
}
