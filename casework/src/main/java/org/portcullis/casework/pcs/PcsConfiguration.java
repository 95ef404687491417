package org.portcullis.casework.pcs;

import jakarta.jms.ConnectionFactory;
import org.portcullis.casework.messaging.TransactionalListenerContainers;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.jms.OutboxBatchSender;
import org.portcullis.messaging.pcs.JmsPcsNoticePublisher;
import org.portcullis.messaging.pcs.PcsAddresses;
import org.portcullis.messaging.pcs.PcsEventListener;
import org.portcullis.messaging.pcs.PcsEventReader;
import org.portcullis.messaging.pcs.PcsNoticeJson;
import org.portcullis.model.pcs.PortCallEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the port community system link: the listener on {@code portcullis.pcs.events} (each event in a database
 * transaction with a transacted JMS session that commits right after it, like the filings' listener) and the
 * publisher of the terminal's notices on {@code portcullis.pcs.notices}.
 */
@Configuration(proxyBeanMethods = false)
class PcsConfiguration {

    @Bean
    PcsEventReader pcsEventReader() {
        return new PcsEventReader(FilingJson.objectMapper());
    }

    @Bean
    PcsNoticeJson pcsNoticeJson() {
        return new PcsNoticeJson(FilingJson.objectMapper());
    }

    @Bean
    JmsPcsNoticePublisher jmsPcsNoticePublisher(OutboxBatchSender sender) {
        return new JmsPcsNoticePublisher(sender);
    }

    @Bean
    DefaultMessageListenerContainer pcsEventListenerContainer(ConnectionFactory connectionFactory,
            PlatformTransactionManager transactionManager, PcsEventReader reader, PortCallEvents events,
            PcsProperties properties) {
        return TransactionalListenerContainers.of(connectionFactory, transactionManager, PcsAddresses.EVENTS_ADDRESS,
                new PcsEventListener(reader, events, properties.maxDeliveryAttempts()), properties.listenerConcurrency());
    }
}
