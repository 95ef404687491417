package org.portcullis.rules.fact;

import org.portcullis.rules.history.PersonKeys;
import java.time.LocalDate;
import org.portcullis.model.filing.CrewSignOff;

/** A crew member the filing says signed off since the last port call, where and when. */
public class CrewSignOffFact implements Identifiable {

    private final CrewSignOff signOff;
    private final String documentKey;
    private final String nameWordsKey;

    public CrewSignOffFact(CrewSignOff signOff) {
        this.signOff = signOff;
        this.documentKey = PersonKeys.document(signOff.documentNumber());
        this.nameWordsKey = PersonKeys.nameWords(signOff.givenNames(), signOff.familyName());
    }

    public String getFamilyName() {
        return signOff.familyName();
    }

    public String getPort() {
        return signOff.port() == null ? null : signOff.port().value();
    }

    public LocalDate getDate() {
        return signOff.date();
    }

    @Override
    public String getDocumentKey() {
        return documentKey;
    }

    @Override
    public String getNameWordsKey() {
        return nameWordsKey;
    }

    /** A sign-off declares no date of birth. */
    @Override
    public LocalDate getDateOfBirth() {
        return null;
    }
}
