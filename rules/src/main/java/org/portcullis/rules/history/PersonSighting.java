package org.portcullis.rules.history;

import java.time.LocalDate;
import java.util.Objects;
import org.portcullis.model.filing.PersonRole;

/**
 * One person on the crew or passenger list of a stored filing: which filing (MRN), vessel and port call, the day
 * it arrives, and the person as listed there.
 */
public record PersonSighting(String mrn, String vesselImoNumber, String vesselName, String portOfCall,
        LocalDate arrivalDate, PersonRole role, String familyName, String givenNames, LocalDate dateOfBirth,
        String documentNumber) {

    public PersonSighting {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(vesselImoNumber, "vesselImoNumber");
        Objects.requireNonNull(arrivalDate, "arrivalDate");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(familyName, "familyName");
    }

    public String documentKey() {
        return PersonKeys.document(documentNumber);
    }

    public String nameWordsKey() {
        return PersonKeys.nameWords(givenNames, familyName);
    }

    public String fullName() {
        return givenNames == null || givenNames.isBlank() ? familyName : givenNames + " " + familyName;
    }
}
