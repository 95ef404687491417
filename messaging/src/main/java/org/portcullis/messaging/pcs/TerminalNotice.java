package org.portcullis.messaging.pcs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.portcullis.model.pcs.ContainerStatus;

/**
 * One notice to the terminal about one container, as the port community system receives it
 * ({@code schema/pcs-notice-v1.schema.json}). The inspection is given only with HELD_FOR_INSPECTION.
 */
public record TerminalNotice(String noticeId, String containerNumber, ContainerStatus status, String mrn,
        Vessel vessel, String portOfCall, String voyageNumber, List<String> transportDocumentNumbers,
        Inspection inspection, Instant issuedAt) {

    public TerminalNotice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(containerNumber, "containerNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(vessel, "vessel");
        Objects.requireNonNull(portOfCall, "portOfCall");
        Objects.requireNonNull(issuedAt, "issuedAt");
        transportDocumentNumbers = transportDocumentNumbers == null ? List.of() : List.copyOf(transportDocumentNumbers);
    }

    public record Vessel(String imoNumber, String name) {
    }

    public record Inspection(String place, Instant scheduledFor) {
    }
}
