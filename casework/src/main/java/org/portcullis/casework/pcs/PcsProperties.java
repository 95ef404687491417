package org.portcullis.casework.pcs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The port community system link: how far an event's time may lie from a case's ETA for the event to belong to the
 * case's port call, how many consumers take events, after how many failed deliveries an event goes to the
 * dead-letter queue, and the PCS's account on the embedded broker ({@code brokerUser} with an encoded
 * {@code brokerPassword}, e.g. {@code {bcrypt}...}; none by default, so no PCS can sign in until one is configured).
 */
@ConfigurationProperties("portcullis.pcs")
public record PcsProperties(Duration etaWindow, String listenerConcurrency, int maxDeliveryAttempts,
        String brokerUser, String brokerPassword) {

    public PcsProperties {
        etaWindow = etaWindow == null ? Duration.ofDays(3) : etaWindow;
        listenerConcurrency = listenerConcurrency == null ? "1" : listenerConcurrency;
        maxDeliveryAttempts = maxDeliveryAttempts <= 0 ? 5 : maxDeliveryAttempts;
    }
}
