package org.portcullis.casework.iot;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sensor events over MQTT (docs/iot.md): the device and operator accounts that may publish (each with an encoded
 * password and the operator whose topics it publishes to; none by default), how many consumers take events, and
 * after how many failed deliveries an event goes to the dead-letter queue. Re-assessment of the cases events concern
 * is set under {@code portcullis.reassessment}.
 */
@ConfigurationProperties("portcullis.iot")
public record IotProperties(List<Account> accounts, String listenerConcurrency, int maxDeliveryAttempts) {

    public IotProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        listenerConcurrency = listenerConcurrency == null ? "1-2" : listenerConcurrency;
        maxDeliveryAttempts = maxDeliveryAttempts <= 0 ? 5 : maxDeliveryAttempts;
    }

    /** One broker account of a sensor device or operator: it publishes only under {@code portcullis/iot/<operator>/}. */
    public record Account(String user, String password, String operator) {
    }
}
