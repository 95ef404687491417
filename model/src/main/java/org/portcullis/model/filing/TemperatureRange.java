package org.portcullis.model.filing;

import java.math.BigDecimal;
import java.util.Objects;

/** The temperatures, in degrees Celsius, between which temperature-controlled goods must be carried. */
public record TemperatureRange(BigDecimal minCelsius, BigDecimal maxCelsius) {

    public TemperatureRange {
        Objects.requireNonNull(minCelsius, "minCelsius");
        Objects.requireNonNull(maxCelsius, "maxCelsius");
        if (minCelsius.compareTo(maxCelsius) > 0) {
            throw new IllegalArgumentException("minCelsius " + minCelsius + " is above maxCelsius " + maxCelsius);
        }
    }

    public boolean contains(double celsius) {
        return celsius >= minCelsius.doubleValue() && celsius <= maxCelsius.doubleValue();
    }

    @Override
    public String toString() {
        return minCelsius.toPlainString() + " to " + maxCelsius.toPlainString() + " °C";
    }
}
