package org.portcullis.model.pcs;

import java.util.List;
import org.portcullis.model.value.Mrn;

/**
 * Port: takes in one event of the port community system in the caller's transaction: records it once (a repeated
 * event id changes nothing) and tells the clearance cases of that port call. Implemented by the webapp; called by
 * the PCS messaging adapter.
 */
public interface PortCallEvents {

    Receipt receive(PortCallEvent event);

    /** What became of an event: whether it was a repetition, and the cases of the port call it was told to. */
    record Receipt(boolean duplicate, List<Mrn> cases) {

        public Receipt {
            cases = List.copyOf(cases);
        }
    }
}
