package org.portcullis.app.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.portcullis.casework.iot.UnroutedEventRedrive;
import org.springframework.stereotype.Component;

/**
 * Sensor events the broker routed nowhere (docs/iot.md): how many this node sent back to their address from the
 * dead-letter queue, and how many wait there now (read from the broker when scraped: the same on every node).
 */
@Component
class SensorEventMetrics implements MeterBinder {

    private final UnroutedEventRedrive redrive;

    SensorEventMetrics(UnroutedEventRedrive redrive) {
        this.redrive = redrive;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("portcullis.iot.events.redriven", redrive, UnroutedEventRedrive::redriven)
                .description("sensor events routed nowhere by the broker that this node sent back to their address")
                .register(registry);
        Gauge.builder("portcullis.iot.events.unrouted", redrive, UnroutedEventRedrive::waiting)
                .description("sensor events routed nowhere by the broker, on the dead-letter queue now")
                .register(registry);
    }
}
