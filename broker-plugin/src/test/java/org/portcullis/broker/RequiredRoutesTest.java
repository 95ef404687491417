package org.portcullis.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.postoffice.Binding;
import org.apache.activemq.artemis.core.postoffice.Bindings;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real broker with the events queue on {@code portcullis.iot.#}, and a topic address whose routing table exists
 * but holds no queue: the state Artemis 2.40 leaves for a moment on the first publish to a new topic (the table is
 * published before the wildcard's queue is copied into it). Made here by taking the copied binding out of the table.
 * Also a table that holds another queue bound to the topic itself but not yet the events queue: covered when the
 * setting names the queue ({@code portcullis.iot.=portcullis.iot.events}).
 */
class RequiredRoutesTest {

    private static final String EVENTS = "portcullis.iot.events";
    private static final String TOPIC = "portcullis.iot.ACME.reefer-17";
    private static final String OTHER = "audit.reefer-17";
    private static final String EVENTS_REQUIRED = "portcullis.iot.=" + EVENTS;

    private ActiveMQServer server;
    private ServerLocator locator;

    @AfterEach
    void stop() throws Exception {
        if (locator != null) {
            locator.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void withoutTheSettingTheBrokerAcknowledgesAndDropsTheSend() throws Exception {
        start(Map.of());
        try (ClientSession session = session(); ClientProducer producer = session.createProducer(TOPIC)) {
            emptyTableOnceUsed(session, producer);

            producer.send(event(session, "dropped")); // acknowledged

            assertThat(eventsOnQueue(1)).isEqualTo(1);
            assertThat(received(session)).containsExactly("first");
        }
    }

    @Test
    void aSendToAnEmptyTableIsRefusedNotDropped() throws Exception {
        start(Map.of("required-route-prefixes", "portcullis.iot.", "required-route-wait-millis", "200"));
        try (ClientSession session = session(); ClientProducer producer = session.createProducer(TOPIC)) {
            Binding copied = emptyTableOnceUsed(session, producer);

            assertThatThrownBy(() -> producer.send(event(session, "refused"))).isInstanceOf(ActiveMQException.class)
                    .hasMessageContaining("has no queue yet");
            assertThat(eventsOnQueue(1)).isEqualTo(1);

            table().addBinding(copied);
            producer.send(event(session, "refused"));
            assertThat(eventsOnQueue(2)).isEqualTo(2);
            assertThat(received(session)).containsExactly("first", "refused");
        }
    }

    @Test
    void aSendWaitsForTheQueueToBeCopiedAndArrivesOnce() throws Exception {
        start(Map.of("required-route-prefixes", "portcullis.iot.", "required-route-wait-millis", "30000"));
        try (ClientSession session = session(); ClientProducer producer = session.createProducer(TOPIC)) {
            Binding copied = emptyTableOnceUsed(session, producer);
            // The copy the broker makes right after publishing the table, late: the send must wait for it.
            CompletableFuture<Void> copy = CompletableFuture.runAsync(() -> table().addBinding(copied),
                    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

            producer.send(event(session, "waited"));

            assertThat(copy).isDone();
            assertThat(eventsOnQueue(2)).isEqualTo(2);
            assertThat(received(session)).containsExactly("first", "waited");
        }
    }

    @Test
    void anAddressUnderNoPrefixIsLeftToTheBroker() throws Exception {
        start(Map.of("required-route-prefixes", "portcullis.iot.", "required-route-wait-millis", "30000"));
        try (ClientSession session = session()) {
            session.createAddress(SimpleString.of("elsewhere"), RoutingType.MULTICAST, false);
            try (ClientProducer producer = session.createProducer("elsewhere")) {
                producer.send(event(session, "no queue wanted"));
            }
            assertThat(eventsOnQueue(0)).isZero();
        }
    }

    @Test
    void aPlainPrefixLetsASendThatReachedAnotherQueueMissTheEventsQueue() throws Exception {
        start(Map.of("required-route-prefixes", "portcullis.iot.", "required-route-wait-millis", "200"));
        try (ClientSession session = session(); ClientProducer producer = session.createProducer(TOPIC)) {
            emptyTableOnceUsed(session, producer);
            otherQueueOnTheTopic(session);

            producer.send(event(session, "missed")); // acknowledged: it reached the other queue

            assertThat(eventsOnQueue(1)).isEqualTo(1);
            assertThat(received(session, OTHER)).containsExactly("missed");
        }
    }

    @Test
    void aSendThatMissedTheNamedQueueIsRefusedEvenWhenItReachedAnother() throws Exception {
        start(Map.of("required-route-prefixes", EVENTS_REQUIRED, "required-route-wait-millis", "200"));
        try (ClientSession session = session(); ClientProducer producer = session.createProducer(TOPIC)) {
            Binding copied = emptyTableOnceUsed(session, producer);
            otherQueueOnTheTopic(session);

            assertThatThrownBy(() -> producer.send(event(session, "refused"))).isInstanceOf(ActiveMQException.class)
                    .hasMessageContaining("does not hold the queue " + EVENTS + " yet");
            assertThat(eventsOnQueue(1)).isEqualTo(1);
            assertThat(received(session, OTHER)).as("nothing of the refused send stored anywhere").isEmpty();

            table().addBinding(copied);
            producer.send(event(session, "refused"));
            assertThat(eventsOnQueue(2)).isEqualTo(2);
            assertThat(received(session)).containsExactly("first", "refused");
            assertThat(received(session, OTHER)).containsExactly("refused");
        }
    }

    @Test
    void aSendThatMissedTheNamedQueueWaitsForItAndArrivesOnEachQueueOnce() throws Exception {
        start(Map.of("required-route-prefixes", EVENTS_REQUIRED, "required-route-wait-millis", "30000"));
        try (ClientSession session = session(); ClientProducer producer = session.createProducer(TOPIC)) {
            Binding copied = emptyTableOnceUsed(session, producer);
            otherQueueOnTheTopic(session);
            CompletableFuture<Void> copy = CompletableFuture.runAsync(() -> table().addBinding(copied),
                    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

            producer.send(event(session, "waited"));

            assertThat(copy).isDone();
            assertThat(eventsOnQueue(2)).isEqualTo(2);
            assertThat(received(session)).containsExactly("first", "waited");
            assertThat(received(session, OTHER)).containsExactly("waited");
        }
    }

    @Test
    void aNamedQueueStillRefusesASendToAnEmptyTableAndLeavesOtherAddressesAlone() throws Exception {
        start(Map.of("required-route-prefixes", EVENTS_REQUIRED, "required-route-wait-millis", "200"));
        try (ClientSession session = session(); ClientProducer producer = session.createProducer(TOPIC)) {
            emptyTableOnceUsed(session, producer);

            assertThatThrownBy(() -> producer.send(event(session, "refused"))).isInstanceOf(ActiveMQException.class)
                    .hasMessageContaining("does not hold the queue " + EVENTS + " yet");
            session.createAddress(SimpleString.of("elsewhere"), RoutingType.MULTICAST, false);
            try (ClientProducer elsewhere = session.createProducer("elsewhere")) {
                elsewhere.send(event(session, "no queue wanted"));
            }
            assertThat(eventsOnQueue(1)).isEqualTo(1);
        }
    }

    private void start(Map<String, String> routeProperties) throws Exception {
        SenderStamp stamp = new SenderStamp();
        Map<String, String> properties = new HashMap<>(routeProperties);
        properties.put("seal-secret", "cG9ydGN1bGxpcy10ZXN0LXNlbmRlci1zZWFsLWtleSE=");
        stamp.init(properties);
        Configuration configuration = new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://0");
        configuration.registerBrokerPlugin(stamp);
        server = ActiveMQServers.newActiveMQServer(configuration, false);
        server.start();
        server.createQueue(QueueConfiguration.of(EVENTS).setAddress("portcullis.iot.#")
                .setRoutingType(RoutingType.MULTICAST).setDurable(true));
        locator = ActiveMQClient.createServerLocator("vm://0");
    }

    private ClientSession session() throws Exception {
        ClientSessionFactory factory = locator.createSessionFactory();
        ClientSession session = factory.createSession();
        session.start();
        return session;
    }

    /** One event through the topic (its table gets the events queue), then the table emptied again. */
    private Binding emptyTableOnceUsed(ClientSession session, ClientProducer producer) throws Exception {
        producer.send(event(session, "first"));
        assertThat(eventsOnQueue(1)).isEqualTo(1);
        Bindings table = table();
        Binding copied = table.removeBindingByUniqueName(SimpleString.of(EVENTS));
        assertThat(copied).isNotNull();
        assertThat(table().getBindings()).isEmpty();
        return copied;
    }

    private Bindings table() {
        try {
            return server.getPostOffice().lookupBindingsForAddress(SimpleString.of(TOPIC));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The events on the queue once there are as many as expected, or after 5 s (the queue counts a routed message
     * after the send returns). */
    private long eventsOnQueue(long expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long count = server.locateQueue(SimpleString.of(EVENTS)).getMessageCount();
        while (count != expected && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            count = server.locateQueue(SimpleString.of(EVENTS)).getMessageCount();
        }
        return count;
    }

    private static ClientMessage event(ClientSession session, String body) {
        ClientMessage message = session.createMessage(true);
        message.getBodyBuffer().writeNullableSimpleString(SimpleString.of(body));
        return message;
    }

    /** A queue bound to the topic's address itself (e.g. an operator's audit copy), in the emptied table. */
    private void otherQueueOnTheTopic(ClientSession session) throws Exception {
        session.createQueue(QueueConfiguration.of(OTHER).setAddress(TOPIC).setRoutingType(RoutingType.MULTICAST)
                .setDurable(true));
        assertThat(table().getBindings()).extracting(binding -> binding.getUniqueName().toString())
                .containsExactly(OTHER);
    }

    private List<String> received(ClientSession session) throws Exception {
        return received(session, EVENTS);
    }

    private List<String> received(ClientSession session, String queue) throws Exception {
        List<String> bodies = new ArrayList<>();
        try (var consumer = session.createConsumer(queue)) {
            for (ClientMessage message = consumer.receive(1000); message != null;
                    message = consumer.receiveImmediate()) {
                message.acknowledge();
                bodies.add(message.getBodyBuffer().readNullableSimpleString().toString());
            }
        }
        return bodies;
    }
}
