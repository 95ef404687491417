package org.portcullis.model.pcs;

import java.time.Instant;
import java.util.Optional;
import org.portcullis.model.value.Mrn;

/** Port: when the vessel of a case arrived for the case's port call, if the port community system said so already. */
public interface VesselArrivals {

    Optional<Instant> arrivalOf(Mrn mrn);
}
