package org.portcullis.casework.iot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.iot.IotTopics;
import org.springframework.jms.core.JmsTemplate;

/**
 * On a real (embedded) broker with the application's broker.xml, but with the events queue not yet bound to
 * {@code portcullis.iot.#}: an event published then is routed nowhere and waits on the dead-letter queue
 * (send-to-dla-on-no-route). It stays there while its address routes to no queue; once the queue is bound it is sent
 * back to its address, on the events queue exactly once, with its properties, and never again; events the
 * application refused (a {@code deadLetterReason}) or the broker moved after too many deliveries stay.
 */
class UnroutedEventRedriveTest {

    private static final String ADDRESS = "portcullis.iot.ACME.reefer-17";
    private static final String EVENT = "{\"eventId\":\"e-1\"}";

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private ActiveMQConnectionFactory connectionFactory;
    private UnroutedEventRedrive redrive;

    @BeforeEach
    void startWithoutTheEventsQueue() throws Exception {
        FileConfiguration configuration = new FileConfiguration();
        FileDeploymentManager deployment = new FileDeploymentManager("broker.xml");
        deployment.addDeployable(configuration);
        deployment.readConfiguration();
        configuration.getAddressConfigurations().removeIf(address -> address.getName().equals("portcullis.iot.#"));
        // one failed delivery and the broker moves an event to the dead-letter queue itself, at once
        configuration.getAddressSettings().get("portcullis.iot.#").setMaxDeliveryAttempts(1).setRedeliveryDelay(0L);
        configuration.setPersistenceEnabled(false).setSecurityEnabled(false).getAcceptorConfigurations().clear();
        configuration.addAcceptorConfiguration("in-vm", "vm://75");
        broker.setConfiguration(configuration).start();
        connectionFactory = new ActiveMQConnectionFactory("vm://75");
        redrive = new UnroutedEventRedrive(connectionFactory, Clock.systemUTC(),
                new IotProperties(List.of(), null, 0, 0, null, null, Duration.ZERO, null));
    }

    @AfterEach
    void stop() throws Exception {
        connectionFactory.close();
        broker.stop();
    }

    @Test
    void anUnroutedEventWaitsWhileItsAddressRoutesNowhereAndIsSentBackOnceItDoes() throws Exception {
        publish(EVENT, "portcullisSender", "acme-reefer-17");
        assertThat(count(IotTopics.DEAD_LETTER_ADDRESS, null)).isEqualTo(1);

        assertThat(redrive.redrive()).as("no queue bound to its address yet").isZero();
        assertThat(redrive.waiting()).isEqualTo(1);

        bindEventsQueue();
        assertThat(redrive.redrive()).isEqualTo(1);

        assertThat(count(IotTopics.DEAD_LETTER_ADDRESS, null)).isZero();
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(2000);
        Message back = jms.receive(IotTopics.ADDRESS_WILDCARD + "::" + IotTopics.EVENTS_QUEUE);
        assertThat(back.getBody(byte[].class)).asString().isEqualTo(EVENT);
        assertThat(back.getStringProperty("portcullisSender")).isEqualTo("acme-reefer-17");
        assertThat(back.getStringProperty(UnroutedEventRedrive.REDRIVEN_FROM)).matches("[0-9]+");
        assertThat(back.getJMSDestination().toString()).contains(ADDRESS);
        assertThat(count(IotTopics.ADDRESS_WILDCARD + "::" + IotTopics.EVENTS_QUEUE, null)).isZero();
        assertThat(redrive.redrive()).as("nothing left to send back").isZero();
        assertThat(redrive.redriven()).isEqualTo(1);
        assertThat(redrive.waiting()).isZero();
    }

    @Test
    void anEventSentBackOnceIsNeverSentBackAgain() throws Exception {
        publish(EVENT, "redrivenFrom", "4711");

        bindEventsQueue();

        assertThat(redrive.redrive()).isZero();
        assertThat(count(IotTopics.DEAD_LETTER_ADDRESS, null)).isEqualTo(1);
        assertThat(redrive.waiting()).as("an unrouted event on the dead-letter queue all the same").isEqualTo(1);
    }

    @Test
    void eventsRefusedByTheApplicationOrMovedAfterFailedDeliveriesStay() throws Exception {
        bindEventsQueue();
        publish("{\"eventId\":\"e-2\"}", "portcullisSender", "acme-reefer-17");
        try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            assertThat(context.createConsumer(context.createQueue(IotTopics.ADDRESS_WILDCARD + "::"
                    + IotTopics.EVENTS_QUEUE)).receive(2000)).isNotNull();
            context.rollback(); // the one delivery allowed failed: the broker moves it to the dead-letter queue
        }
        new JmsTemplate(connectionFactory).send(IotTopics.DEAD_LETTER_ADDRESS, session -> {
            Message refused = session.createTextMessage("{\"eventId\":\"e-3\"}");
            refused.setStringProperty("deadLetterReason", "MALFORMED_MESSAGE at : not JSON");
            return refused;
        });
        assertThat(count(IotTopics.DEAD_LETTER_ADDRESS, null)).isEqualTo(2);

        assertThat(redrive.redrive()).isZero();
        assertThat(redrive.waiting()).isZero();
        assertThat(count(IotTopics.DEAD_LETTER_ADDRESS, "_AMQ_ORIG_QUEUE = 'portcullis.iot.events'")).isEqualTo(1);
        assertThat(count(IotTopics.DEAD_LETTER_ADDRESS, "deadLetterReason IS NOT NULL")).isEqualTo(1);
    }

    private void publish(String body, String property, String value) {
        try (JMSContext context = connectionFactory.createContext()) {
            JMSProducer producer = context.createProducer().setProperty(property, value);
            producer.send(context.createTopic(ADDRESS), body);
        }
    }

    private void bindEventsQueue() throws Exception {
        broker.getActiveMQServer().createQueue(QueueConfiguration.of(IotTopics.EVENTS_QUEUE)
                .setAddress(IotTopics.ADDRESS_WILDCARD).setRoutingType(RoutingType.MULTICAST));
    }

    private int count(String queue, String selector) {
        return new JmsTemplate(connectionFactory).browseSelected(queue, selector,
                (session, browser) -> Collections.list(browser.getEnumeration()).size());
    }
}
