package org.portcullis.model.filing;

import java.time.LocalDate;
import java.util.Objects;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;

/**
 * A crew member (FAL form 5) or passenger (FAL form 6). Rank is for crew; ports of embarkation and disembarkation
 * and the transit flag are for passengers.
 */
public record Person(PersonRole role, String familyName, String givenNames, String sex, LocalDate dateOfBirth,
        String placeOfBirth, CountryCode countryOfBirth, CountryCode nationality, TravelDocument travelDocument,
        String rank, UnLocode portOfEmbarkation, UnLocode portOfDisembarkation, boolean transit) {

    public Person {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(familyName, "familyName");
    }
}
