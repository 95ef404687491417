package org.portcullis.casework.messaging;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How filings are taken in: how many consumers, after how many failed deliveries a message goes to the dead-letter
 * queue with its reason, the largest message accepted (over the queue and HTTP; default 10 MiB, Spring's "10MB"),
 * the broker users that may send under any carrier id (the application's own connection), and whether this node's
 * listener on {@code portcullis.filings} starts at all ({@code listenerAutoStartup}, default true; false on a node
 * that takes no filings, such as a node for sensor events: docs/iot.md, "A node for events").
 */
@ConfigurationProperties("portcullis.messaging")
public record MessagingProperties(String listenerConcurrency, int maxDeliveryAttempts, DataSize maxMessageSize,
        Set<String> trustedSenders, Boolean listenerAutoStartup) {

    /** The broker user of the application's own in-VM connection to the embedded broker. */
    public static final String APPLICATION_USER = "portcullis";

    public MessagingProperties {
        listenerConcurrency = listenerConcurrency == null ? "2" : listenerConcurrency;
        maxDeliveryAttempts = maxDeliveryAttempts <= 0 ? 5 : maxDeliveryAttempts;
        maxMessageSize = maxMessageSize == null ? DataSize.ofMegabytes(10) : maxMessageSize;
        trustedSenders = trustedSenders == null || trustedSenders.isEmpty() ? Set.of(APPLICATION_USER)
                : Set.copyOf(trustedSenders);
        listenerAutoStartup = listenerAutoStartup == null || listenerAutoStartup;
    }
}
