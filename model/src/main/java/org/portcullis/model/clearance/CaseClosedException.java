package org.portcullis.model.clearance;

import org.portcullis.model.value.Mrn;

/** The case no longer takes amendments or cancellations: it was decided or has ended. */
public class CaseClosedException extends IllegalStateException {

    private final transient Mrn mrn;

    public CaseClosedException(Mrn mrn) {
        super("case " + mrn + " has been decided or has ended");
        this.mrn = mrn;
    }

    public Mrn mrn() {
        return mrn;
    }
}
