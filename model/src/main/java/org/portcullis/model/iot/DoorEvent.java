package org.portcullis.model.iot;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.ContainerNumber;

/** A container's doors were opened or closed. */
public record DoorEvent(String eventId, String operator, Instant observedAt, ContainerNumber container,
        DoorState state) implements ContainerEvent {

    public DoorEvent {
        EventHeader.check(eventId, operator, observedAt);
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public IotEventType type() {
        return IotEventType.DOOR;
    }
}
