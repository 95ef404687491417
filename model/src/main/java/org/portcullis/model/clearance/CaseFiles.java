package org.portcullis.model.clearance;

import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;

/** Port: the stored case files the clearance workflow reads and writes. Implemented by the webapp. */
public interface CaseFiles {

    /** The current version of the filing registered under the MRN. */
    Filing currentFiling(Mrn mrn);

    void recordAssessment(Mrn mrn, Assessment assessment);

    void recordDecision(OfficerDecision decision);

    void changeStatus(Mrn mrn, CaseStatus status);

    /**
     * Waits until no other transaction works on the case and holds it until this transaction ends, so that officers
     * work on one case one at a time: the second of two officers deciding at once then finds the task gone.
     */
    void lockForWork(Mrn mrn);
}
