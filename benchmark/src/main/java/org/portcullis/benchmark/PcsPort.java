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
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The port community system of the two-node check, on its own thread, telling Portcullis on
 * {@code portcullis.pcs.events} what each ship does (retrying through outages, the event id as duplicate-detection
 * id). A ship arrives (VESSEL_ARRIVED, now) while its filings are still being taken in: once the database holds a
 * case for half of its valid filings, so that the rest open after the arrival or race with it (the port call's lock,
 * docs/reliability.md). It departs (VESSEL_DEPARTED, now) once every valid filing of it is RELEASED.
 */
final class PcsPort {

    private static final Logger log = LoggerFactory.getLogger(PcsPort.class);
    static final String ARRIVAL = "pcs-bench-arrival-";
    static final String DEPARTURE = "pcs-bench-departure-";

    private final String brokerUrl;
    private final AtomicInteger arrivals = new AtomicInteger();
    private final AtomicInteger departures = new AtomicInteger();
    private final AtomicInteger openedAfterArrival = new AtomicInteger();
    private Thread thread;
    private volatile boolean stopping;

    PcsPort(String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    void start(String databaseUrl, String carrierId, int filings) {
        thread = new Thread(() -> {
            try (java.sql.Connection db = DriverManager.getConnection(databaseUrl, "postgres", "");
                 PreparedStatement cases = db.prepareStatement("select count(*) from clearance_case "
                         + "where carrier_id = ? and vessel_imo = ?");
                 PreparedStatement released = db.prepareStatement("select count(*) from clearance_case "
                         + "where carrier_id = ? and vessel_imo = ? and status = 'RELEASED'")) {
                int vessels = ClusterFilings.vessels(filings);
                int arrived = 0;
                int departed = 0;
                while (departed < vessels && !stopping) {
                    if (arrived < vessels) {
                        int valid = ClusterFilings.validFilings(arrived, filings);
                        int open = count(cases, carrierId, arrived);
                        if (2 * open >= valid) {
                            send(ARRIVAL + arrived, "VESSEL_ARRIVED", "ata", arrived);
                            arrivals.incrementAndGet();
                            openedAfterArrival.addAndGet(valid - open);
                            arrived++;
                            continue;
                        }
                    }
                    if (departed < arrived && count(released, carrierId, departed)
                            == ClusterFilings.validFilings(departed, filings)) {
                        send(DEPARTURE + departed, "VESSEL_DEPARTED", "atd", departed);
                        departures.incrementAndGet();
                        departed++;
                        continue;
                    }
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                log.error("the port community system cannot read the cases: {}", e.toString());
            }
        }, "pcs");
        thread.start();
    }

    /** Waits until every ship departed or the time is up; then stops. */
    void finish(long timeoutMillis) throws InterruptedException {
        thread.join(timeoutMillis);
        stopping = true;
        thread.join(10_000);
    }

    private static int count(PreparedStatement query, String carrierId, int vessel) throws SQLException {
        query.setString(1, carrierId);
        query.setString(2, ClusterFilings.imoNumber(vessel));
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    int arrivals() {
        return arrivals.get();
    }

    int departures() {
        return departures.get();
    }

    /** Cases of arrived ships that were not open yet when their ship's arrival was sent. */
    int openedAfterArrival() {
        return openedAfterArrival.get();
    }

    private void send(String eventId, String type, String timeField, int vessel) throws InterruptedException {
        String body = "{\"eventId\":\"" + eventId + "\",\"eventType\":\"" + type + "\",\"vessel\":{\"imoNumber\":\""
                + ClusterFilings.imoNumber(vessel) + "\"},\"portOfCall\":\"NLRTM\",\"" + timeField + "\":\""
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
                log.debug("{} of vessel {} sent", type, vessel);
                return;
            } catch (JMSException | RuntimeException e) {
                log.debug("{} of vessel {} not sent, retrying: {}", type, vessel, e.toString());
                Thread.sleep(500);
            } finally {
                factory.close();
            }
        }
    }
}
