package org.portcullis.casework.pcs;

import java.time.Instant;
import org.portcullis.model.pcs.PortCallEventType;

/** An event of the port community system as recorded, for the case file. */
public record StoredPortCallEvent(String eventId, PortCallEventType type, Instant occurredAt, String voyageNumber,
        String berth, Instant receivedAt) {
}
