package org.portcullis.model.iot;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.ContainerNumber;

/** The status of a container's seal, with the seal's number as the seal itself or its reader reports it. */
public record SealEvent(String eventId, String operator, Instant observedAt, ContainerNumber container,
        String sealNumber, SealStatus status) implements ContainerEvent {

    public SealEvent {
        EventHeader.check(eventId, operator, observedAt);
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(sealNumber, "sealNumber");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public IotEventType type() {
        return IotEventType.SEAL_STATUS;
    }
}
