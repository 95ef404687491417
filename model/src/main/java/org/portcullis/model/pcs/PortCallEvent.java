package org.portcullis.model.pcs;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.UnLocode;

/**
 * One event of a vessel's call reported by the port community system: the vessel (IMO number), the port, the actual
 * time it happened, and optionally the voyage number and berth the PCS knows. The event id is unique per event.
 */
public record PortCallEvent(String eventId, PortCallEventType type, ImoNumber vessel, UnLocode port,
        Instant occurredAt, String voyageNumber, String berth) {

    public PortCallEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(vessel, "vessel");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
