package org.portcullis.app.pcs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The port community system link: how far an event's time may lie from a case's ETA for the event to belong to the
 * case's port call, how many consumers take events, and after how many failed deliveries an event goes to the
 * dead-letter queue.
 */
@ConfigurationProperties("portcullis.pcs")
public record PcsProperties(Duration etaWindow, String listenerConcurrency, int maxDeliveryAttempts) {

    public PcsProperties {
        etaWindow = etaWindow == null ? Duration.ofDays(3) : etaWindow;
        listenerConcurrency = listenerConcurrency == null ? "1" : listenerConcurrency;
        maxDeliveryAttempts = maxDeliveryAttempts <= 0 ? 5 : maxDeliveryAttempts;
    }
}
