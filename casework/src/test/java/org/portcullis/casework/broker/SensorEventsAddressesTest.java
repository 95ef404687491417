package org.portcullis.casework.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.api.core.management.AddressControl;
import org.apache.activemq.artemis.api.core.management.QueueControl;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.server.management.ManagementService;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import jakarta.jms.JMSContext;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker starts only on a configuration that routes sensor events: the application's broker.xml does;
 * one without the sensor entries (a build that packaged an older broker.xml ran like that, and dropped every MQTT
 * event without a word) or with an anycast queue on the wildcard address is refused, naming what to add.
 */
class SensorEventsAddressesTest {

    @Test
    void theApplicationsBrokerXmlRoutesSensorEvents() throws Exception {
        assertThat(SensorEventsAddresses.missing(brokerXml())).isEmpty();
    }

    @Test
    void aConfigurationWithoutTheSensorEntriesIsRefusedNamingEachOne() throws Exception {
        FileConfiguration configuration = brokerXml();
        configuration.getAddressConfigurations().removeIf(address -> address.getName().startsWith("portcullis.iot"));
        configuration.getAddressSettings().remove("portcullis.iot.#");

        assertThatThrownBy(() -> SensorEventsAddresses.require(configuration, "old-broker.xml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("old-broker.xml does not route sensor events")
                .hasMessageContaining("<address name=\"portcullis.iot.#\"> with <multicast><queue name=\"portcullis"
                        + ".iot.events\"/></multicast>")
                .hasMessageContaining("<address name=\"portcullis.iot-events.DLQ\">")
                .hasMessageContaining("<dead-letter-address>portcullis.iot-events.DLQ</dead-letter-address>")
                .hasMessageContaining("<send-to-dla-on-no-route>true</send-to-dla-on-no-route>")
                .hasMessageContaining("docs/iot.md");
    }

    @Test
    void anAnycastQueueOnTheWildcardAddressDoesNotRouteEvents() throws Exception {
        FileConfiguration configuration = brokerXml();
        configuration.getAddressConfigurations().removeIf(address -> address.getName().equals("portcullis.iot.#"));
        configuration.addAddressConfiguration(new CoreAddressConfiguration().setName("portcullis.iot.#")
                .addRoutingType(RoutingType.ANYCAST).addQueueConfiguration(QueueConfiguration
                        .of("portcullis.iot.events").setAddress("portcullis.iot.#")
                        .setRoutingType(RoutingType.ANYCAST)));

        assertThat(SensorEventsAddresses.missing(configuration)).singleElement().asString()
                .startsWith("<address name=\"portcullis.iot.#\">");
    }

    @Test
    void anEventRoutedNowhereWaitsOnTheDeadLetterQueueInsteadOfVanishing() throws Exception {
        assertThat(eventsOnDeadLetterQueueAfterAnUnroutedPublish(true)).isEqualTo(1);
        assertThat(eventsOnDeadLetterQueueAfterAnUnroutedPublish(false)).isZero();
    }

    /** The application's settings on a real broker whose sensor queue is not bound: one event sent, then counted. */
    private static long eventsOnDeadLetterQueueAfterAnUnroutedPublish(boolean sendToDeadLettersOnNoRoute)
            throws Exception {
        FileConfiguration configuration = brokerXml();
        configuration.getAddressConfigurations().removeIf(address -> address.getName().equals("portcullis.iot.#"));
        configuration.getAddressSettings().get("portcullis.iot.#").setSendToDLAOnNoRoute(sendToDeadLettersOnNoRoute);
        configuration.setPersistenceEnabled(false).setSecurityEnabled(false).getAcceptorConfigurations().clear();
        configuration.addAcceptorConfiguration("in-vm", "vm://74");
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("vm://74");
                JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createTopic("portcullis.iot.ACME.reefer-17"), "{\"eventId\":\"e-1\"}");
            ManagementService management = broker.getActiveMQServer().getManagementService();
            AddressControl eventAddress = (AddressControl) management
                    .getResource(ResourceNames.ADDRESS + "portcullis.iot.ACME.reefer-17");
            QueueControl deadLetters = (QueueControl) management
                    .getResource(ResourceNames.QUEUE + "portcullis.iot-events.DLQ");
            // the queue's count settles after the send returns; wait until the broker has dealt with the event
            await().atMost(Duration.ofSeconds(10)).until(() -> eventAddress.getUnRoutedMessageCount() == 1
                    && (!sendToDeadLettersOnNoRoute || deadLetters.getMessageCount() == 1));
            return deadLetters.getMessageCount();
        } finally {
            broker.stop();
        }
    }

    private static FileConfiguration brokerXml() throws Exception {
        FileConfiguration configuration = new FileConfiguration();
        FileDeploymentManager deployment = new FileDeploymentManager("broker.xml");
        deployment.addDeployable(configuration);
        deployment.readConfiguration();
        return configuration;
    }
}
