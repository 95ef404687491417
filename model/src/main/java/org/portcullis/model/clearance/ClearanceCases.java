package org.portcullis.model.clearance;

import org.portcullis.model.value.Mrn;

/** Port: opens the clearance case of a registered filing. Implemented by the processes module. */
public interface ClearanceCases {

    /** Starts the clearance workflow for the filing registered under the MRN, in the caller's transaction. */
    void open(Mrn mrn);
}
