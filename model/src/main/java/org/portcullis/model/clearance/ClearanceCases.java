package org.portcullis.model.clearance;

import org.portcullis.model.value.Mrn;

/** Port: opens and steers the clearance case of a registered filing. Implemented by the processes module. */
public interface ClearanceCases {

    /** Starts the clearance workflow for the filing registered under the MRN, in the caller's transaction. */
    void open(Mrn mrn);

    /**
     * A new version of the filing was stored: the case stops what it was doing and clears the new version.
     *
     * @throws CaseClosedException when the case has already been decided or ended
     */
    void amend(Mrn mrn);

    /**
     * The carrier cancelled the filing: the case ends as CANCELLED.
     *
     * @throws CaseClosedException when the case has already been decided or ended
     */
    void cancel(Mrn mrn);

    /**
     * The carrier answered a request for information on the case: the case resumes and re-assesses.
     *
     * @throws CaseClosedException when the case is not waiting for information
     */
    void provideInformation(Mrn mrn, String answer);
}
