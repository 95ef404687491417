package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.postoffice.Binding;
import org.apache.activemq.artemis.core.postoffice.Bindings;
import org.apache.activemq.artemis.core.postoffice.PostOffice;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.deadletter.DeadLetterQueue;
import org.portcullis.casework.iot.UnroutedEventRedrive;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event the broker routed nowhere comes back by itself. The test puts the broker in a state where the first
 * publish to a new topic finds no routing table for its address (the state ARTEMIS-6199's race leaves, docs/iot.md):
 * the events queue's binding is taken off the wildcard address {@code portcullis.iot.#} for the moment of the
 * publish, so the broker copies no binding onto the new address. A sensor publishes over MQTT; the event is
 * acknowledged and waits on the dead-letter queue (send-to-dla-on-no-route); once the binding is back the
 * application sends the event to its address again (after {@code portcullis.iot.redrive-after}, 5 s), and it is
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

    @Autowired
    DeadLetterQueue deadLetters;

    @Test
    void anEventTheBrokerRoutedNowhereIsSentBackToItsAddressAndStoredOnce() throws Exception {
        String device = "race-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "portcullis/iot/ACME/" + device;
        String container = IotMqttIT.uniqueContainer();
        String unrouted = "unrouted-" + UUID.randomUUID();
        Instant observed = TestDates.ETA.minus(Duration.ofDays(1));
        double sentBackBefore = redriven();
        try (SensorClient sensor = new SensorClient(MQTT_PORT, "sensor-acme", "sensor-acme-secret")) {
            Bindings wildcard = routingTableOf("portcullis.iot.#");
            Binding eventsQueue = wildcard.removeBindingByUniqueName(SimpleString.of("portcullis.iot.events"));
            assertThat(eventsQueue).as("the events queue is bound to portcullis.iot.#").isNotNull();
            try {
                sensor.publish(topic, IotMqttIT.door(unrouted, container, observed));
                await("acknowledged, routed nowhere, on the dead-letter queue").atMost(Duration.ofSeconds(10))
                        .until(() -> countAsOperator(DEAD_LETTERS, UNROUTED + " AND portcullisSender = 'sensor-acme'")
                                == 1);
                assertThat(storedEvents(unrouted)).isZero();
                assertThat(deadLetters.browse(DEAD_LETTERS, 0, 200).letters())
                        .filteredOn(letter -> "sensor-acme".equals(letter.carrierId()))
                        .as("the supervisors' page says why it is there").isNotEmpty()
                        .allSatisfy(letter -> assertThat(letter.reason()).isEqualTo(DeadLetterQueue.ROUTED_NOWHERE));
            } finally {
                wildcard.addBinding(eventsQueue);
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

    /**
     * The other window: the topic's routing table exists but holds no queue (Artemis publishes a new address's table
     * before it copies the wildcard's queue into it; made here by taking the queue out of the table of a topic in
     * use). The broker's sender stamp (required-route-prefixes) refuses the publish instead of acknowledging and
     * dropping it: no PUBACK, the MQTT 3.1.1 client is disconnected, nothing stored or dead-lettered; published again
     * once the table has its queue, the event is stored exactly once.
     */
    @Test
    void aPublishToAnEmptyRoutingTableIsRefusedAndStoredOnceWhenPublishedAgain() throws Exception {
        String device = "empty-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "portcullis/iot/ACME/" + device;
        String container = IotMqttIT.uniqueContainer();
        String first = "first-" + UUID.randomUUID();
        String refused = "refused-" + UUID.randomUUID();
        Instant observed = TestDates.ETA.minus(Duration.ofDays(1));
        try (SensorClient sensor = new SensorClient(MQTT_PORT, "sensor-acme", "sensor-acme-secret")) {
            sensor.publish(topic, IotMqttIT.door(first, container, observed));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> storedEvents(first) == 1);

        Bindings table = routingTableOf("portcullis.iot.ACME." + device);
        Binding eventsQueue = table.removeBindingByUniqueName(SimpleString.of("portcullis.iot.events"));
        assertThat(eventsQueue).as("the topic's table has the events queue").isNotNull();
        try (SensorClient sensor = new SensorClient(MQTT_PORT, "sensor-acme", "sensor-acme-secret")) {
            assertThat(table.getBindings()).isEmpty();
            assertThatThrownBy(() -> sensor.publish(topic, IotMqttIT.door(refused, container,
                    observed.plusSeconds(60)))).as("no PUBACK").isInstanceOf(MqttException.class);
            assertThat(sensor.isConnected()).isFalse();
        } finally {
            table.addBinding(eventsQueue);
        }
        assertThat(countAsOperator(DEAD_LETTERS, UNROUTED)).as("not dead-lettered either").isZero();
        assertThat(storedEvents(refused)).isZero();

        try (SensorClient sensor = new SensorClient(MQTT_PORT, "sensor-acme", "sensor-acme-secret")) {
            sensor.publish(topic, IotMqttIT.door(refused, container, observed.plusSeconds(60)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> storedEvents(refused) == 1);
        assertThat(storedEvents(first)).isEqualTo(1);
    }

    /**
     * The same window for an MQTT 5 sensor: the broker ends the connection with DISCONNECT, reason code 0x83
     * (implementation specific error), and no PUBACK; published again, the event is stored exactly once.
     */
    @Test
    void anMqtt5PublishToAnEmptyRoutingTableIsDisconnectedWithReasonCode0x83AndStoredOnceWhenPublishedAgain()
            throws Exception {
        String device = "empty5-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "portcullis/iot/ACME/" + device;
        String container = IotMqttIT.uniqueContainer();
        String first = "first-" + UUID.randomUUID();
        String refused = "refused-" + UUID.randomUUID();
        Instant observed = TestDates.ETA.minus(Duration.ofDays(1));
        try (Mqtt5SensorClient sensor = new Mqtt5SensorClient(MQTT_PORT, "sensor-acme", "sensor-acme-secret")) {
            sensor.publish(topic, IotMqttIT.door(first, container, observed));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> storedEvents(first) == 1);

        Bindings table = routingTableOf("portcullis.iot.ACME." + device);
        Binding eventsQueue = table.removeBindingByUniqueName(SimpleString.of("portcullis.iot.events"));
        assertThat(eventsQueue).as("the topic's table has the events queue").isNotNull();
        try (Mqtt5SensorClient sensor = new Mqtt5SensorClient(MQTT_PORT, "sensor-acme", "sensor-acme-secret")) {
            assertThat(table.getBindings()).isEmpty();
            assertThatThrownBy(() -> sensor.publish(topic, IotMqttIT.door(refused, container,
                    observed.plusSeconds(60)))).as("no PUBACK")
                    .isInstanceOf(org.eclipse.paho.mqttv5.common.MqttException.class);
            assertThat(sensor.disconnected().get(10, TimeUnit.SECONDS).getReturnCode())
                    .as("DISCONNECT reason code 0x83, implementation specific error").isEqualTo(0x83);
            assertThat(sensor.isConnected()).isFalse();
        } finally {
            table.addBinding(eventsQueue);
        }
        assertThat(countAsOperator(DEAD_LETTERS, UNROUTED)).as("not dead-lettered either").isZero();
        assertThat(storedEvents(refused)).isZero();

        try (Mqtt5SensorClient sensor = new Mqtt5SensorClient(MQTT_PORT, "sensor-acme", "sensor-acme-secret")) {
            sensor.publish(topic, IotMqttIT.door(refused, container, observed.plusSeconds(60)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> storedEvents(refused) == 1);
        assertThat(storedEvents(refused)).isEqualTo(1);
        assertThat(storedEvents(first)).isEqualTo(1);
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
