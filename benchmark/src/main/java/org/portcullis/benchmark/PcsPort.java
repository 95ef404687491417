package org.portcullis.benchmark;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The port community system of the two-node check: tells Portcullis on {@code portcullis.pcs.events} that a vessel
 * arrived (VESSEL_ARRIVED, arrival now), retrying through outages with the event id as duplicate-detection id. On its
 * own thread, each ship arrives once every one of its valid filings has a case (pre-arrival filings come before the
 * ship; an arrival that races with the opening of a case of its ship is a known gap, docs/reliability.md).
 */
final class PcsPort {

    private static final Logger log = LoggerFactory.getLogger(PcsPort.class);

    private final String brokerUrl;
    private volatile int sent;
    private Thread thread;

    PcsPort(String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    /** Sends each ship's arrival once the database holds a case for every valid filing of that ship. */
    void start(String databaseUrl, String carrierId, int filings) {
        thread = new Thread(() -> {
            try (java.sql.Connection db = DriverManager.getConnection(databaseUrl, "postgres", "");
                 PreparedStatement cases = db.prepareStatement("select count(*) from clearance_case "
                         + "where carrier_id = ? and vessel_imo = ?")) {
                for (int vessel = 0; vessel < ClusterFilings.vessels(filings); vessel++) {
                    cases.setString(1, carrierId);
                    cases.setString(2, ClusterFilings.imoNumber(vessel));
                    while (count(cases) < ClusterFilings.validFilings(vessel, filings)) {
                        Thread.sleep(500);
                    }
                    arrived(vessel);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                log.error("the port community system cannot read the cases: {}", e.toString());
            }
        }, "pcs");
        thread.start();
    }

    void finish(long timeoutMillis) throws InterruptedException {
        thread.join(timeoutMillis);
    }

    private static int count(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static String eventId(int vessel) {
        return "pcs-bench-arrival-" + vessel;
    }

    int sent() {
        return sent;
    }

    private void arrived(int vessel) throws InterruptedException {
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
