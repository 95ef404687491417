package org.portcullis.rules.fact;

import java.time.LocalDate;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.rules.history.PersonSighting;

/** A crew member on the crew list of the vessel's last port call before this one (from the history of filings). */
public class PreviousCrewMember implements TargetFact, Identifiable {

    private final PersonSighting listed;

    public PreviousCrewMember(PersonSighting listed) {
        this.listed = listed;
    }

    public String getFullName() {
        return listed.fullName();
    }

    /** The port of that last call. */
    public String getPortOfCall() {
        return listed.portOfCall();
    }

    public LocalDate getArrivalDate() {
        return listed.arrivalDate();
    }

    @Override
    public String getDocumentKey() {
        return listed.documentKey();
    }

    @Override
    public String getNameWordsKey() {
        return listed.nameWordsKey();
    }

    @Override
    public LocalDate getDateOfBirth() {
        return listed.dateOfBirth();
    }

    @Override
    public Target target() {
        return new Target(TargetKind.PERSON, listed.familyName() + (listed.givenNames() == null ? ""
                : ", " + listed.givenNames()) + " (crew at " + listed.portOfCall() + ")");
    }
}
