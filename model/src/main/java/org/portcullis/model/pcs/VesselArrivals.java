package org.portcullis.model.pcs;

import java.time.Instant;
import java.util.Optional;
import org.portcullis.model.value.Mrn;

/** Port: when the vessel of a case arrived for the case's port call, if the port community system said so already. */
public interface VesselArrivals {

    /**
     * The arrival for the case being opened, in the transaction that opens it. Until that transaction ends no arrival
     * of the case's port call is recorded, so an arrival recorded at the same time is either returned here or
     * recorded after the case exists and then told to it.
     */
    Optional<Instant> arrivalForOpening(Mrn mrn);
}
