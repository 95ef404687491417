package org.portcullis.model.filing;

import java.util.List;
import java.util.Objects;

/** What a carrier tells customs before one ship's port call. */
public record Filing(FilingHeader header, Vessel vessel, PortCall portCall, List<Consignment> consignments) {

    public Filing {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(vessel, "vessel");
        Objects.requireNonNull(portCall, "portCall");
        consignments = consignments == null ? List.of() : List.copyOf(consignments);
    }

    /** The same filing with the transport's message id and carrier id in its header. */
    public Filing withTransport(String messageId, String carrierId) {
        FilingHeader h = new FilingHeader(header.lrn(), messageId, carrierId, header.function(), header.sentAt());
        return new Filing(h, vessel, portCall, consignments);
    }
}
