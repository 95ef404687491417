package org.portcullis.messaging.edifact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.filing.TravelDocument;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;

/**
 * The persons of a PAXLST (segment group 5): NAD+FM a crew member, NAD+FL a passenger (C080: family name, given
 * names), ATT+2 sex, DTM+329 date of birth, FTX rank (crew), LOC+178 / LOC+179 ports of embarkation and
 * disembarkation, LOC+180 place of birth (C517: country code, name), NAT+2 nationality; group 6: DOC travel document
 * (P passport, I identity card, SID seafarer's identity document, ZZZ other; number), DTM+36 expiry, LOC+91 issuer.
 */
final class PaxlstPersons {

    private static final Map<String, String> DOCUMENT_TYPES = Map.of("P", "PASSPORT", "I", "IDENTITY_CARD",
            "SID", "SEAFARERS_IDENTITY_DOCUMENT", "ZZZ", "OTHER");

    private final EdiValues values;
    private final List<Person> crew = new ArrayList<>();
    private final List<Person> passengers = new ArrayList<>();

    private PersonBuilder person;

    PaxlstPersons(EdiValues values) {
        this.values = values;
    }

    void read(EdiMessage message) {
        for (EdiSegment segment : message.segments()) {
            if (segment.group().equals("SG5") || segment.group().equals("SG6")) {
                take(segment);
            }
        }
        finish();
    }

    List<Person> crew() {
        return crew;
    }

    List<Person> passengers() {
        return passengers;
    }

    private void take(EdiSegment segment) {
        switch (segment.tag()) {
            case "NAD" -> {
                finish();
                values.oneOf(segment, 1, 1, List.of("FM", "FL"), "party qualifier (FM crew member, FL passenger)");
                person = new PersonBuilder("FL".equals(segment.value(1)) ? PersonRole.PASSENGER : PersonRole.CREW);
                person.familyName = values.required(segment, 4, 1, "the family name");
                person.givenNames = segment.value(4, 2);
            }
            case "ATT" -> person.sex = sex(segment);
            case "FTX" -> person.rank = segment.text(4);
            case "NAT" -> person.nationality = values.code(segment, 2, 1, CountryCode::of);
            case "DOC" -> {
                values.oneOf(segment, 1, 1, List.copyOf(DOCUMENT_TYPES.keySet()), "document type (P, I, SID, ZZZ)");
                person.documentType = DOCUMENT_TYPES.get(segment.value(1, 1));
                person.documentNumber = values.required(segment, 2, 1, "the travel document number");
                person.inDocument = true;
            }
            case "DTM" -> {
                if (segment.is("DTM", "329")) {
                    person.dateOfBirth = values.date(segment);
                } else if (segment.is("DTM", "36")) {
                    person.documentExpiry = values.date(segment);
                }
            }
            case "LOC" -> location(segment);
            default -> {
            }
        }
    }

    private void location(EdiSegment segment) {
        switch (segment.value(1) == null ? "" : segment.value(1)) {
            case "178" -> person.embarkation = values.code(segment, 2, 1, UnLocode::of);
            case "179" -> person.disembarkation = values.code(segment, 2, 1, UnLocode::of);
            case "180" -> {
                person.countryOfBirth = values.code(segment, 2, 1, CountryCode::of);
                person.placeOfBirth = segment.value(2, 4);
            }
            case "91" -> person.documentIssuer = values.code(segment, 2, 1, CountryCode::of);
            default -> {
            }
        }
    }

    private String sex(EdiSegment att) {
        String sex = att.value(3, 1);
        if (sex != null && !List.of("M", "F", "X").contains(sex)) {
            values.error(ErrorCode.EDIFACT_CODE_INVALID, att.at(3, 1), "sex '" + sex + "' is not M, F or X");
            return null;
        }
        return sex;
    }

    private void finish() {
        if (person != null && person.familyName != null) {
            Person built = person.build();
            (built.role() == PersonRole.CREW ? crew : passengers).add(built);
        }
        person = null;
    }

    private static final class PersonBuilder {
        private final PersonRole role;
        private String familyName;
        private String givenNames;
        private String sex;
        private LocalDate dateOfBirth;
        private String placeOfBirth;
        private CountryCode countryOfBirth;
        private CountryCode nationality;
        private String rank;
        private UnLocode embarkation;
        private UnLocode disembarkation;
        private boolean inDocument;
        private String documentType;
        private String documentNumber;
        private CountryCode documentIssuer;
        private LocalDate documentExpiry;

        PersonBuilder(PersonRole role) {
            this.role = role;
        }

        Person build() {
            TravelDocument document = inDocument && documentNumber != null
                    ? new TravelDocument(documentType, documentNumber, documentIssuer, documentExpiry) : null;
            return new Person(role, familyName, givenNames, sex, dateOfBirth, placeOfBirth, countryOfBirth,
                    nationality, document, role == PersonRole.CREW ? rank : null, embarkation, disembarkation, false);
        }
    }
}
