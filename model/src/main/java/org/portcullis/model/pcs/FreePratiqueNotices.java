package org.portcullis.model.pcs;

import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.value.Mrn;

/**
 * Port: tells the port community system port health's answer to the ship (free pratique granted, granted with
 * conditions, inspection on arrival, refused), one notice per decision, in the caller's transaction: the notice
 * leaves only if it commits. Implemented by the webapp.
 */
public interface FreePratiqueNotices {

    void announce(Mrn mrn, FreePratique freePratique);
}
