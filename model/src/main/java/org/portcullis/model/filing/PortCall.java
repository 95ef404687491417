package org.portcullis.model.filing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.portcullis.model.value.UnLocode;

/**
 * The call at the port the filing is for (FAL form 1): arrival (ETA) and, when known, departure (ETD), with the
 * ports called at before it.
 */
public record PortCall(String voyageNumber, UnLocode portOfCall, Instant eta, UnLocode nextPort,
        Integer securityLevel, List<PortVisit> previousPorts, Instant etd) {

    public PortCall {
        Objects.requireNonNull(portOfCall, "portOfCall");
        Objects.requireNonNull(eta, "eta");
        previousPorts = previousPorts == null ? List.of() : List.copyOf(previousPorts);
    }

    /** A port call declared without its departure time. */
    public PortCall(String voyageNumber, UnLocode portOfCall, Instant eta, UnLocode nextPort, Integer securityLevel,
            List<PortVisit> previousPorts) {
        this(voyageNumber, portOfCall, eta, nextPort, securityLevel, previousPorts, null);
    }
}
