package org.portcullis.model.iot;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.ContainerNumber;

/**
 * A refrigerated container's temperature (supply or return air, as its controller reports it) in degrees Celsius,
 * and the set point it was asked to keep when the controller reports one (null otherwise).
 */
public record ReeferReading(String eventId, String operator, Instant observedAt, ContainerNumber container,
        double temperatureCelsius, Double setPointCelsius) implements ContainerEvent {

    public ReeferReading {
        EventHeader.check(eventId, operator, observedAt);
        Objects.requireNonNull(container, "container");
        if (!Double.isFinite(temperatureCelsius)) {
            throw new IllegalArgumentException("temperatureCelsius must be a number");
        }
    }

    @Override
    public IotEventType type() {
        return IotEventType.REEFER_TEMPERATURE;
    }
}
