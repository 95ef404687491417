package org.portcullis.casework.iot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sensor broker (docs/iot.md, "A broker of its own for sensors"): when {@code url} is set, sensors publish to
 * that Artemis broker instead of the application's, and the event consumer, the refused events' dead-letter queue and
 * the sending back of unrouted events use it with this user; unset (the default), events come through the
 * application's own broker.
 */
@ConfigurationProperties("portcullis.iot.broker")
public record SensorBrokerProperties(String url, String user, String password) {

    /** True when sensors publish to a broker of their own. */
    public boolean separate() {
        return url != null && !url.isBlank();
    }
}
