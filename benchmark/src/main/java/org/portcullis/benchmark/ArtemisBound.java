package org.portcullis.benchmark;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Artemis alone: a broker with the application's own broker.xml (journal type, buffer timeout, address settings),
 * a producer sending persistent filing-sized messages over TCP as a carrier does, and as many consumers as the
 * application has filing listeners, each in a transacted session committing every message, as the listeners do.
 */
final class ArtemisBound {

    private static final Logger log = LoggerFactory.getLogger(ArtemisBound.class);

    double measure(Path brokerXml, Path journal, int port, int consumers, String body, Warmup warmup,
            long measureMillis) throws Exception {
        FileConfiguration configuration = new FileConfiguration();
        FileDeploymentManager deployment = new FileDeploymentManager(brokerXml.toUri().toString());
        deployment.addDeployable(configuration);
        deployment.readConfiguration();
        configuration.setJournalDirectory(journal.resolve("journal").toString());
        configuration.setBindingsDirectory(journal.resolve("bindings").toString());
        configuration.setPagingDirectory(journal.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(journal.resolve("large-messages").toString());
        configuration.addAcceptorConfiguration("core", "tcp://127.0.0.1:" + port + "?protocols=CORE");
        // moving messages is measured here, not signing in: the application's broker checks users, this one does not
        configuration.setSecurityEnabled(false);
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        AtomicLong received = new AtomicLong();
        Semaphore window = new Semaphore(EndToEndRun.WINDOW);
        List<Connection> connections = new ArrayList<>();
        try {
            ActiveMQConnectionFactory inVm = new ActiveMQConnectionFactory("vm://0");
            for (int i = 0; i < consumers; i++) {
                Connection connection = inVm.createConnection();
                connections.add(connection);
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = session.createConsumer(session.createQueue("portcullis.filings"));
                consumer.setMessageListener(message -> {
                    try {
                        session.commit();
                        received.incrementAndGet();
                        window.release();
                    } catch (Exception e) {
                        log.warn("commit failed: {}", e.toString());
                    }
                });
                connection.start();
            }
            ActiveMQConnectionFactory tcp = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port);
            tcp.setBlockOnDurableSend(true);
            Connection producerConnection = tcp.createConnection();
            connections.add(producerConnection);
            Session session = producerConnection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("portcullis.filings"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            JitSettling settling = warmup.start(ProcessHandle.current().pid());
            long end = Long.MAX_VALUE;
            long atStart = -1;
            while (System.currentTimeMillis() < end) {
                if (atStart < 0 && settling.settled()) {
                    atStart = received.get();
                    end = System.currentTimeMillis() + measureMillis;
                    log.info("Artemis alone: warm after {} s", settling.warmup().toSeconds());
                }
                if (window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    var message = session.createTextMessage(body);
                    message.setStringProperty("messageId", "m-" + System.nanoTime());
                    message.setStringProperty("carrierId", "BOUND");
                    producer.send(message);
                }
            }
            double rate = (received.get() - atStart) / (measureMillis / 1000.0);
            log.info("Artemis alone: {} messages/s of {} bytes", String.format("%.1f", rate), body.length());
            return rate;
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
            broker.stop();
        }
    }
}
