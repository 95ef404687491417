package org.portcullis.model.filing;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.UnLocode;

/**
 * One of the last ports the ship called at before this port call (ISPS: the last ten), with the security level the
 * ship operated at there and any special or additional security measures it took.
 */
public record PortVisit(UnLocode port, Instant arrival, Instant departure, Integer securityLevel,
        String additionalSecurityMeasures) {

    public PortVisit {
        Objects.requireNonNull(port, "port");
    }

    /** A visit without declared additional security measures. */
    public PortVisit(UnLocode port, Instant arrival, Instant departure, Integer securityLevel) {
        this(port, arrival, departure, securityLevel, null);
    }
}
