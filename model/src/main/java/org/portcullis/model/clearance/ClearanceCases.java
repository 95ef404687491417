package org.portcullis.model.clearance;

import java.time.Instant;
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

    /**
     * The vessel of the case arrived (ATA): a cleared case is released, one not cleared yet has its containers held
     * at the terminal.
     *
     * @return whether the case was still open to hear it
     */
    boolean vesselArrived(Mrn mrn, Instant ata);

    /**
     * The arrival for a cleared case that waits for its vessel without having heard that it arrived (a repair: the
     * arrival normally reaches a case when it is recorded or when the case opens). A case that heard it already, or
     * does not wait for it, is left alone.
     *
     * @return whether the case waited so and has now heard it
     */
    boolean missedArrival(Mrn mrn, Instant ata);

    /**
     * The vessel of the case departed (ATD): a case waiting after DO_NOT_LOAD for an amendment or a cancellation
     * closes; other cases do not wait for it.
     *
     * @return whether the case was waiting for the departure
     */
    boolean vesselDeparted(Mrn mrn, Instant atd);

    /**
     * A re-assessment (on sensor events) found a stronger outcome than the one the case stands on: clearance starts
     * again on the current version; a case that was cleared ({@code wasCleared}) is reopened, its carrier and
     * terminal told. A weaker outcome is never reported here: it releases nothing by itself.
     *
     * @return whether the case was still being cleared
     */
    boolean raiseRisk(Mrn mrn, boolean wasCleared);
}
