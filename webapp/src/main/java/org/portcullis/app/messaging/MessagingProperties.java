package org.portcullis.app.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How filings are taken off the broker: how many consumers, and after how many failed deliveries a message goes
 * to the dead-letter queue with its reason.
 */
@ConfigurationProperties("portcullis.messaging")
public record MessagingProperties(String listenerConcurrency, int maxDeliveryAttempts) {

    public MessagingProperties {
        listenerConcurrency = listenerConcurrency == null ? "2" : listenerConcurrency;
        maxDeliveryAttempts = maxDeliveryAttempts <= 0 ? 5 : maxDeliveryAttempts;
    }
}
