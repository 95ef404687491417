package org.portcullis.casework.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import org.portcullis.messaging.edifact.EdifactFilingReader;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.messaging.filing.FilingSchema;
import org.portcullis.messaging.filing.JsonFilingReader;
import org.portcullis.messaging.jms.FilingMessageListener;
import org.portcullis.model.intake.SenderSeal;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.messaging.jms.OutboxBatchSender;
import org.portcullis.messaging.notice.CusresNotice;
import org.portcullis.messaging.notice.JmsNoticePublisher;
import org.portcullis.messaging.notice.NoticeJson;
import org.portcullis.model.intake.FilingIntake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the messaging module: the filing reader, the stored-document codec, the notice format, the listener on
 * {@code portcullis.filings} and the notice publisher.
 *
 * <p>The listener runs each message in a database transaction (the application's transaction manager) with a
 * transacted JMS session that commits right after the database: a crash before the database commit leaves the
 * message on the queue; a crash between the two commits redelivers it, and the intake answers the redelivery as
 * the duplicate it is.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    /** The wire formats' own JSON settings; not a bean, so that Spring Boot keeps its own ObjectMapper. */
    private static final ObjectMapper WIRE_JSON = FilingJson.objectMapper();

    @Bean
    JsonFilingReader jsonFilingReader() {
        return new JsonFilingReader(WIRE_JSON, new FilingSchema());
    }

    @Bean
    FilingReaders filingReaders(JsonFilingReader json) {
        return new FilingReaders(json, new EdifactFilingReader());
    }

    @Bean
    FilingDocuments filingDocuments() {
        return new FilingDocuments(WIRE_JSON);
    }

    @Bean
    NoticeJson noticeJson() {
        return new NoticeJson(WIRE_JSON);
    }

    @Bean
    CusresNotice cusresNotice() {
        return new CusresNotice(WIRE_JSON);
    }

    @Bean
    OutboxBatchSender outboxBatchSender(ConnectionFactory connectionFactory) {
        return new OutboxBatchSender(connectionFactory);
    }

    @Bean
    JmsNoticePublisher jmsNoticePublisher(OutboxBatchSender sender) {
        return new JmsNoticePublisher(sender);
    }

    /** The filing messages being handled now: sensor events yield to them (docs/iot.md, "Filings first"). */
    @Bean
    FilingsInHand filingsInHand() {
        return new FilingsInHand();
    }

    @Bean
    DefaultMessageListenerContainer filingListenerContainer(ConnectionFactory connectionFactory,
            PlatformTransactionManager transactionManager, FilingIntake intake, FilingReaders readers, Clock clock,
            MessagingProperties properties, SenderSeal senderSeal, FilingsInHand inHand) {
        FilingMessageListener listener = new FilingMessageListener(intake, readers, clock,
                new FilingMessageListener.ListenerLimits(properties.maxDeliveryAttempts(),
                        properties.maxMessageSize().toBytes(), properties.trustedSenders(), senderSeal));
        DefaultMessageListenerContainer container = TransactionalListenerContainers.of(connectionFactory,
                transactionManager, FilingMessageProperties.FILINGS_ADDRESS, inHand.counting(listener),
                properties.listenerConcurrency());
        // false on a node that takes no filings (the others on the same broker take them)
        container.setAutoStartup(properties.listenerAutoStartup());
        return container;
    }
}
