package org.portcullis.model.filing;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.UnLocode;

/** One of the last ports the ship called at before this port call (ISPS: the last ten). */
public record PortVisit(UnLocode port, Instant arrival, Instant departure, Integer securityLevel) {

    public PortVisit {
        Objects.requireNonNull(port, "port");
    }
}
