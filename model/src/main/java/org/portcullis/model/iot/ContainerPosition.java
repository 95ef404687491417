package org.portcullis.model.iot;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.GeoPosition;

/** Where a container's tracker was at the time observed. */
public record ContainerPosition(String eventId, String operator, Instant observedAt, ContainerNumber container,
        GeoPosition position) implements ContainerEvent {

    public ContainerPosition {
        EventHeader.check(eventId, operator, observedAt);
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public IotEventType type() {
        return IotEventType.CONTAINER_POSITION;
    }
}
