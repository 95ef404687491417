package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.postoffice.Binding;
import org.apache.activemq.artemis.core.postoffice.Bindings;
import org.apache.activemq.artemis.core.postoffice.PostOffice;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.iot.UnroutedEventRedrive;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event the broker routed nowhere comes back by itself. The test puts the broker in the state a publish met when
 * clients raced to publish first to a new topic (docs/iot.md, known limits): the topic's address is there, but its
 * routing table lacks the events queue, which the broker copies onto it from {@code portcullis.iot.#}. A sensor
 * publishes over MQTT; the event waits on the dead-letter queue; once the routing table has the queue again the
 * application sends the event back to its address (after {@code portcullis.iot.redrive-after}, 5 s), and it is
 * stored exactly once, counted in the metrics, and nothing unrouted is left.
 */
class IotUnroutedEventIT extends PortcullisIntegrationTest {

    private static final String DEAD_LETTERS = "portcullis.iot-events.DLQ";
    private static final String UNROUTED = "_AMQ_ORIG_ADDRESS IS NOT NULL AND deadLetterReason IS NULL";

    @Autowired
    EmbeddedActiveMQ broker;

    @Autowired
    UnroutedEventRedrive redrive;

    @Autowired
    MeterRegistry meters;

    @Test
    void anEventTheBrokerRoutedNowhereIsSentBackToItsAddressAndStoredOnce() throws Exception {
        String device = "race-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "portcullis/iot/ACME/" + device;
        String container = IotMqttIT.uniqueContainer();
        String first = "first-" + UUID.randomUUID();
        String unrouted = "unrouted-" + UUID.randomUUID();
        Instant observed = TestDates.ETA.minus(Duration.ofDays(1));
        double sentBackBefore = redriven();
        try (SensorClient sensor = new SensorClient(MQTT_PORT, "sensor-acme", "sensor-acme-secret")) {
            sensor.publish(topic, IotMqttIT.door(first, container, observed));
            await().atMost(Duration.ofSeconds(20)).until(() -> storedEvents(first) == 1);

            Bindings routing = routingTableOf("portcullis.iot.ACME." + device);
            Binding eventsQueue = routing.removeBindingByUniqueName(SimpleString.of("portcullis.iot.events"));
            assertThat(eventsQueue).as("the events queue was bound to the topic's address").isNotNull();
            try {
                sensor.publish(topic, IotMqttIT.door(unrouted, container, observed.plusSeconds(60)));
                await("acknowledged, routed nowhere, on the dead-letter queue").atMost(Duration.ofSeconds(10))
                        .until(() -> countAsOperator(DEAD_LETTERS, UNROUTED + " AND portcullisSender = 'sensor-acme'")
                                == 1);
                assertThat(storedEvents(unrouted)).isZero();
            } finally {
                routing.addBinding(eventsQueue); // what the racing publisher's thread does an instant later
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> storedEvents(unrouted) == 1);
        assertThat(countAsOperator(DEAD_LETTERS, UNROUTED)).as("nothing unrouted left").isZero();
        assertThat(redrive.redrive()).as("nothing to send back a second time").isZero();
        assertThat(redriven() - sentBackBefore).isEqualTo(1);
        assertThat(meters.get("portcullis.iot.events.unrouted").gauge().value()).isZero();

        String after = "after-" + UUID.randomUUID();
        try (SensorClient sensor = new SensorClient(MQTT_PORT, "sensor-acme", "sensor-acme-secret")) {
            sensor.publish(topic, IotMqttIT.door(after, container, observed.plusSeconds(120)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> storedEvents(after) == 1);
        assertThat(storedEvents(unrouted)).as("stored exactly once").isEqualTo(1);
        assertThat(jdbc.sql("select operator from iot_event where event_id = ?").param(unrouted).query(String.class)
                .single()).as("published by the sensor's operator, as the broker sealed it").isEqualTo("ACME");
    }

    private Bindings routingTableOf(String address) throws Exception {
        PostOffice postOffice = broker.getActiveMQServer().getPostOffice();
        return postOffice.lookupBindingsForAddress(SimpleString.of(address));
    }

    private double redriven() {
        return meters.get("portcullis.iot.events.redriven").functionCounter().count();
    }

    private int storedEvents(String eventId) {
        return jdbc.sql("select count(*) from iot_event where event_id = ?").param(eventId).query(Integer.class)
                .single();
    }
}
