package org.portcullis.casework.broker;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.protonj2.client.Client;
import org.apache.qpid.protonj2.client.ConnectionOptions;
import org.apache.qpid.protonj2.client.Tracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.broker.SenderStamp;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.carrier.CarrierProperties;
import org.portcullis.casework.iot.IotProperties;
import org.portcullis.casework.iot.SensorAccounts;
import org.portcullis.casework.messaging.MessagingProperties;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.model.intake.SenderSeal;

/**
 * A filing an AMQP carrier sent keeps the broker's stamp (sender, seal, delivery id) in the broker's journal: after
 * the broker restarted (the default setup's embedded broker dies with the application) it still verifies, so the
 * application takes it instead of dead-lettering it as unstamped.
 */
class AmqpStampAfterRestartTest {

    private static final String QUEUE = FilingMessageProperties.FILINGS_ADDRESS;
    private static final SenderSeal SEAL = new SenderSeal(new byte[32]);

    @TempDir
    Path data;

    private EmbeddedActiveMQ broker;
    private int amqpPort;

    @AfterEach
    void stop() throws Exception {
        broker.stop();
    }

    @Test
    void anAmqpFilingStoredBeforeABrokerRestartStillCarriesAStampThatVerifies() throws Exception {
        amqpPort = freePort();
        startBroker();
        broker.getActiveMQServer().createQueue(QueueConfiguration.of(QUEUE).setRoutingType(RoutingType.ANYCAST)
                .setDurable(true));
        sendOverAmqp("a-1");
        broker.stop();
        startBroker();

        try (Connection connection = new ActiveMQConnectionFactory("vm://75").createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(QUEUE));
            Message filing = consumer.receive(10_000);

            assertThat(filing).as("the filing on " + QUEUE + " after the restart").isNotNull();
            assertThat(filing.getStringProperty(SenderSeal.SENDER)).isEqualTo("MSC");
            assertThat(SEAL.verifies("MSC", "a-1", filing.getStringProperty(SenderSeal.SEAL))).isTrue();
            assertThat(filing.getStringProperty(SenderSeal.DELIVERY_ID)).isNotBlank();
            assertThat(filing.getStringProperty(SenderSeal.PROTOCOL)).isEqualTo("AMQP");
        }
    }

    private void sendOverAmqp(String messageId) throws Exception {
        try (Client client = Client.create();
             org.apache.qpid.protonj2.client.Connection connection = client.connect("127.0.0.1", amqpPort,
                     new ConnectionOptions().user("MSC").password("msc"))) {
            var message = org.apache.qpid.protonj2.client.Message.create("{}");
            message.durable(true);
            message.property(FilingMessageProperties.MESSAGE_ID, messageId);
            message.property(FilingMessageProperties.CARRIER_ID, "MSC");
            Tracker tracker = connection.openSender(QUEUE).send(message);
            tracker.awaitSettlement(10, TimeUnit.SECONDS);
            assertThat(tracker.remoteState().getType().name()).isEqualTo("ACCEPTED");
        }
    }

    private void startBroker() throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(true).setSecurityEnabled(true)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setLargeMessagesDirectory(data.resolve("large").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .addAcceptorConfiguration("in-vm", "vm://75")
                .addAcceptorConfiguration("amqp", "tcp://127.0.0.1:" + amqpPort + "?protocols=AMQP");
        configuration.registerBrokerPlugin(new SenderStamp(SEAL, Set.of(MessagingProperties.APPLICATION_USER),
                Long.MAX_VALUE));
        broker = new EmbeddedActiveMQ().setConfiguration(configuration).setSecurityManager(security());
        broker.start();
    }

    private static CarrierBrokerSecurity security() {
        return new CarrierBrokerSecurity(
                new CarrierAccounts(new CarrierProperties(Map.of("MSC", new CarrierProperties.Account("{noop}msc",
                        CarrierProperties.NoticeChannel.QUEUE, false)))),
                new BrokerAccount("portcullis.pcs.broker", null, null),
                new BrokerAccount("portcullis.broker.operator", null, null),
                new SensorAccounts(new IotProperties(List.of(), null, 0, 0, null, null, null, null)));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
