package org.portcullis.model.filing;

import java.time.LocalDate;
import java.util.Objects;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;

/**
 * A crew member (FAL form 5) or passenger (FAL form 6). Rank is for crew. The port and date of embarkation say where
 * a passenger boarded or a crew member joined; disembarkation and the transit flag are for passengers. A minor
 * names the adult travelling with them ({@link Guardian}); a passenger may carry the carrier's booking.
 */
public record Person(PersonRole role, String familyName, String givenNames, String sex, LocalDate dateOfBirth,
        String placeOfBirth, CountryCode countryOfBirth, CountryCode nationality, TravelDocument travelDocument,
        String rank, UnLocode portOfEmbarkation, UnLocode portOfDisembarkation, boolean transit,
        LocalDate embarkationDate, Guardian guardian, Booking booking) {

    public Person {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(familyName, "familyName");
    }

    /** A person declared without embarkation date, guardian or booking. */
    public Person(PersonRole role, String familyName, String givenNames, String sex, LocalDate dateOfBirth,
            String placeOfBirth, CountryCode countryOfBirth, CountryCode nationality, TravelDocument travelDocument,
            String rank, UnLocode portOfEmbarkation, UnLocode portOfDisembarkation, boolean transit) {
        this(role, familyName, givenNames, sex, dateOfBirth, placeOfBirth, countryOfBirth, nationality,
                travelDocument, rank, portOfEmbarkation, portOfDisembarkation, transit, null, null, null);
    }
}
