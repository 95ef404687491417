package org.portcullis.casework.iot;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sensor events over MQTT (docs/iot.md): the device and operator accounts that may publish (each with an encoded
 * password and the operator whose topics it publishes to; none by default), how many consumers take events (the
 * upper bound of {@code listenerConcurrency}, "1" by default), how many events one transaction takes at most (500) and
 * how long a batch waits for more after its first event ({@code batchLinger}, 200 ms), how long a batch waits at most
 * while filings are in hand ({@code yieldToFilings}, 500 ms; 0: it does not wait), and after how many failed
 * deliveries an event goes to the dead-letter queue; how often events the broker routed nowhere
 * are looked for on the dead-letter queue ({@code redriveInterval}, 5 s) and how long one waits there at least before
 * it is sent back ({@code redriveAfter}, 5 s; {@link UnroutedEventRedrive}). Re-assessment of the cases events
 * concern is set under {@code portcullis.reassessment}.
 */
@ConfigurationProperties("portcullis.iot")
public record IotProperties(List<Account> accounts, String listenerConcurrency, int maxDeliveryAttempts,
        int batchSize, Duration batchLinger, Duration redriveInterval, Duration redriveAfter, Duration yieldToFilings) {

    public IotProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        listenerConcurrency = listenerConcurrency == null ? "1" : listenerConcurrency;
        maxDeliveryAttempts = maxDeliveryAttempts <= 0 ? 5 : maxDeliveryAttempts;
        batchSize = batchSize <= 0 ? 500 : batchSize;
        batchLinger = batchLinger == null ? Duration.ofMillis(200) : batchLinger;
        redriveInterval = redriveInterval == null ? Duration.ofSeconds(5) : redriveInterval;
        redriveAfter = redriveAfter == null ? Duration.ofSeconds(5) : redriveAfter;
        yieldToFilings = yieldToFilings == null ? Duration.ofMillis(500) : yieldToFilings;
    }

    /** The number of consumers: the upper bound of {@code listenerConcurrency} ("2" or "1-2": 2; "1" by default). */
    public int consumers() {
        String upper = listenerConcurrency.substring(listenerConcurrency.indexOf('-') + 1).trim();
        try {
            return Math.max(1, Integer.parseInt(upper));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("portcullis.iot.listener-concurrency must be a number or a range such"
                    + " as 1-2, not " + listenerConcurrency, e);
        }
    }

    /** One broker account of a sensor device or operator: it publishes only under {@code portcullis/iot/<operator>/}. */
    public record Account(String user, String password, String operator) {
    }
}
