package org.portcullis.casework.iot;

import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.portcullis.casework.messaging.BatchListenerContainer;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.iot.IotEventListener;
import org.portcullis.messaging.iot.IotEventReader;
import org.portcullis.messaging.iot.IotTopics;
import org.portcullis.model.intake.SenderSeal;
import org.portcullis.model.intake.WorkInHand;
import org.portcullis.model.iot.CaseEvents;
import org.portcullis.model.iot.SensorEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires sensor events: the reader (topic rights from the sensor accounts), the listener on the queue bound to
 * {@code portcullis.iot.#} (events in batches, each batch in a database transaction with a transacted JMS session
 * that commits right after it), and the stored events as the assessments' {@link CaseEvents}.
 */
@Configuration(proxyBeanMethods = false)
class IotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IotConfiguration.class);

    /** The durable queue on the wildcard address, as a fully qualified queue name (address::queue). */
    static final String EVENTS_QUEUE = IotTopics.ADDRESS_WILDCARD + "::" + IotTopics.EVENTS_QUEUE;

    @Bean
    IotEventReader iotEventReader(SensorAccounts accounts) {
        return new IotEventReader(FilingJson.objectMapper(), accounts.topics());
    }

    /**
     * The application's broker, or the sensor broker of {@code portcullis.iot.broker.url} (its own process, machine
     * and journal: docs/iot.md), which the consumer then reads and its dead-letter queue lives on.
     */
    @Bean
    SensorEventConnection sensorEventConnection(ConnectionFactory connectionFactory, SensorBrokerProperties broker) {
        if (!broker.separate()) {
            return new SensorEventConnection(connectionFactory, false);
        }
        log.info("Sensor events are read from the sensor broker {} as {}", broker.url(), broker.user());
        return new SensorEventConnection(new ActiveMQConnectionFactory(broker.url(), broker.user(), broker.password()),
                true);
    }

    @Bean
    CaseEvents caseEvents(SensorEventRepository events) {
        return new StoredCaseEvents(events);
    }

    /**
     * Filings first: a batch of events waits while filing messages are handled or process jobs run on this node
     * ({@link WorkInHand}), at most {@code portcullis.iot.yield-to-filings}; the events are safe on the broker. The
     * consumer runs at the lowest thread priority, which the JVM gives the OS with {@code -XX:ThreadPriorityPolicy=1}.
     * {@code portcullis.iot.listener-auto-startup=false} leaves the consumer stopped (events wait on the broker): a
     * switch for measurements, which tell the broker's MQTT work apart from the application's.
     */
    @Bean
    BatchListenerContainer iotEventListenerContainer(SensorEventConnection connection,
            PlatformTransactionManager transactionManager, IotEventReader reader, SensorEvents events,
            SenderSeal senderSeal, IotProperties properties, List<WorkInHand> filingWork, Clock clock,
            @Value("${portcullis.iot.listener-auto-startup:true}") boolean autoStartup) {
        List<WorkInHand> work = List.copyOf(filingWork);
        BatchListenerContainer container = new BatchListenerContainer(connection.factory(), transactionManager,
                EVENTS_QUEUE,
                new IotEventListener(reader, events, senderSeal, properties.maxDeliveryAttempts()),
                new BatchListenerContainer.Batches(properties.consumers(), properties.batchSize(),
                        properties.batchLinger()),
                new BatchListenerContainer.Yield(() -> work.stream().anyMatch(inHand -> inHand.count() > 0),
                        properties.yieldToFilings(), Thread.MIN_PRIORITY),
                clock);
        container.setAutoStartup(autoStartup);
        return container;
    }
}
