package org.portcullis.casework.broker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.portcullis.broker.SenderStamp;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.iot.SensorAccounts;
import org.portcullis.casework.iot.SensorBrokerProperties;
import org.portcullis.casework.messaging.MessagingProperties;
import org.portcullis.casework.pcs.PcsProperties;
import org.portcullis.messaging.iot.IotTopics;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.model.intake.SenderSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Artemis inside the application (the default for a laptop): the addresses and their settings come from
 * {@code broker.xml}, the journal directory and the network acceptors from {@link BrokerProperties}. The
 * application connects to it in-VM with every right; carriers connect through the acceptors with their accounts
 * ({@link CarrierBrokerSecurity}) and find their notice queue created for them. In production set
 * {@code portcullis.broker.embedded=false} and point {@code spring.artemis.broker-url} at the external broker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portcullis.broker.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedBrokerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBrokerConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedActiveMQ embeddedBroker(BrokerProperties properties, CarrierAccounts carriers, PcsProperties pcs,
            SenderSeal senderSeal, MessagingProperties messaging, SensorAccounts configuredSensors,
            SensorBrokerProperties sensorBroker) throws Exception {
        // With a sensor broker of their own (docs/iot.md), sensors may not sign in here.
        SensorAccounts sensors = sensorBroker.separate() ? SensorAccounts.none() : configuredSensors;
        FileConfiguration configuration = new FileConfiguration();
        FileDeploymentManager deployment = new FileDeploymentManager(properties.configuration());
        deployment.addDeployable(configuration);
        deployment.readConfiguration();
        SensorEventsAddresses.require(configuration, properties.configuration());

        Path data = Path.of(properties.dataDirectory()).toAbsolutePath();
        configuration.setBrokerInstance(data.toFile());
        configuration.setJournalDirectory(data.resolve("journal").toString());
        configuration.setBindingsDirectory(data.resolve("bindings").toString());
        configuration.setPagingDirectory(data.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(data.resolve("large-messages").toString());
        properties.acceptors().forEach((name, uri) -> {
            if (uri == null || uri.isBlank()) {
                return; // an acceptor of the defaults switched off
            }
            try {
                configuration.addAcceptorConfiguration(name, uri);
            } catch (Exception e) {
                throw new IllegalArgumentException("acceptor " + name + " has a bad URI: " + uri, e);
            }
        });
        BrokerTls.apply(configuration.getAcceptorConfigurations(), properties.tls());
        // Sensors' packets are read at the lowest thread priority: filings first when both want the CPU.
        List<String> interceptors = new ArrayList<>(configuration.getIncomingInterceptorClassNames());
        interceptors.add(MqttThreadPriority.class.getName());
        configuration.setIncomingInterceptorClassNames(interceptors);
        configuration.setSecurityEnabled(true);
        configuration.setPopulateValidatedUser(true);
        // Every sensor event must reach the events queue: a send in the moment a new topic's routing table does not
        // hold it yet waits for it or is refused, rather than acknowledged and dropped (docs/iot.md, Known limits).
        configuration.registerBrokerPlugin(new SenderStamp(senderSeal, messaging.trustedSenders(),
                BrokerLimits.maxMessageBytes(messaging),
                List.of(IotTopics.ADDRESS_PREFIX + "=" + IotTopics.EVENTS_QUEUE)));
        for (String carrierId : carriers.carrierIds()) {
            String notices = FilingMessageProperties.noticeAddress(carrierId);
            configuration.addAddressConfiguration(new CoreAddressConfiguration().setName(notices)
                    .addRoutingType(RoutingType.ANYCAST)
                    .addQueueConfiguration(QueueConfiguration.of(notices).setRoutingType(RoutingType.ANYCAST)));
        }
        log.info("Embedded Artemis broker: journal in {}, acceptors {}, carriers {}, sensor accounts {}", data,
                properties.acceptors(), carriers.carrierIds(), sensors.users());
        return new EmbeddedActiveMQ().setConfiguration(configuration)
                .setSecurityManager(new CarrierBrokerSecurity(carriers,
                        new BrokerAccount("portcullis.pcs.broker", pcs.brokerUser(), pcs.brokerPassword()),
                        new BrokerAccount("portcullis.broker.operator", properties.operatorUser(),
                                properties.operatorPassword()), sensors));
    }
}
