package org.portcullis.messaging.edifact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.filing.TravelDocument;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;

/**
 * The persons of a PAXLST: each NAD group after the transport (the NAD group before it is the reporting party,
 * NAD+MS). NAD+FM crew member, NAD+DDT crew member in transit, NAD+FL passenger, NAD+DDU passenger in transit (C080:
 * family name, given names); ATT+2 sex (M, F, X; U unknown), DTM+329 date of birth, FTX or EMP (C948 description)
 * rank of crew, LOC+178 and LOC+179 ports of embarkation and disembarkation, LOC+180 place of birth (C517: country,
 * name), NAT+2 nationality; the DOC group: DOC travel document (P passport, I, A, C, IP identity cards, SID and AC
 * seafarer's and crew documents; others kept as received), DTM+36 expiry, LOC+91 issuing country. Countries in
 * ISO 3166 alpha-2 or, as the guidelines send them, alpha-3.
 */
final class PaxlstPersons {

    private static final Map<String, String> DOCUMENT_TYPES = Map.of("P", "PASSPORT", "I", "IDENTITY_CARD",
            "A", "IDENTITY_CARD", "C", "IDENTITY_CARD", "IP", "IDENTITY_CARD", "SID", "SEAFARERS_IDENTITY_DOCUMENT",
            "AC", "SEAFARERS_IDENTITY_DOCUMENT", "ZZZ", "OTHER");
    private static final List<String> PARTIES = List.of("FM", "DDT", "FL", "DDU");

    private final EdiValues values;
    private final List<Person> crew = new ArrayList<>();
    private final List<Person> passengers = new ArrayList<>();

    private PersonBuilder person;

    PaxlstPersons(EdiValues values) {
        this.values = values;
    }

    void read(EdiMessage message) {
        boolean afterTransport = false;
        for (EdiSegment segment : message.segments()) {
            afterTransport |= segment.tag().equals("TDT");
            if (afterTransport && segment.path().equals("NAD")) {
                personLevel(segment);
            } else if (afterTransport && segment.path().equals("NAD/DOC") && person != null) {
                document(segment);
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

    private void personLevel(EdiSegment segment) {
        if (segment.tag().equals("NAD")) {
            finish();
            values.oneOf(segment, 1, 1, PARTIES, "party qualifier (FM, DDT crew; FL, DDU passenger)");
            String party = segment.use().value(1);
            person = new PersonBuilder(party != null && party.startsWith("D") ? party.equals("DDU")
                    : "FL".equals(party), "DDU".equals(party) || "DDT".equals(party));
            person.familyName = values.required(segment, 4, 1, "the family name (C080 3036)");
            person.givenNames = joined(segment.value(4, 2), segment.value(4, 3));
            return;
        }
        if (person == null) {
            return;
        }
        switch (segment.tag()) {
            case "ATT" -> sex(segment);
            case "DTM" -> {
                if (segment.is("DTM", "329")) {
                    person.dateOfBirth = values.date(segment, true);
                }
            }
            case "FTX" -> person.rank = person.rank == null ? segment.use().text(4) : person.rank;
            case "EMP" -> person.rank = person.rank == null ? segment.use().value(2, 4) : person.rank;
            case "NAT" -> person.nationality = person.nationality == null ? values.country(segment, 2, 1)
                    : person.nationality;
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
                person.countryOfBirth = values.country(segment, 2, 1);
                person.placeOfBirth = segment.use().value(2, 4);
            }
            default -> {
            }
        }
    }

    private void document(EdiSegment segment) {
        if (segment.tag().equals("DOC")) {
            String type = DOCUMENT_TYPES.get(segment.value(1, 1));
            person.inDocument = type != null && person.documentType == null;
            if (person.inDocument) {
                segment.use();
                person.documentType = type;
                person.documentNumber = values.required(segment, 2, 1, "the travel document number");
            }
        } else if (person.inDocument && segment.is("DTM", "36")) {
            person.documentExpiry = values.date(segment, false);
        } else if (person.inDocument && segment.is("LOC", "91")) {
            person.documentIssuer = values.country(segment, 2, 1);
        }
    }

    private void sex(EdiSegment att) {
        if (!"2".equals(att.value(1))) {
            return;
        }
        att.use();
        String sex = att.value(3, 1);
        if (values.oneOf(att, 3, 1, List.of("M", "F", "X", "U"), "sex (M, F, X, U unknown)") && !"U".equals(sex)) {
            person.sex = sex;
        }
    }

    private static String joined(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
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
        private final boolean transit;
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

        PersonBuilder(boolean passenger, boolean transit) {
            this.role = passenger ? PersonRole.PASSENGER : PersonRole.CREW;
            this.transit = transit;
        }

        Person build() {
            TravelDocument document = documentNumber != null
                    ? new TravelDocument(documentType, documentNumber, documentIssuer, documentExpiry) : null;
            return new Person(role, familyName, givenNames, sex, dateOfBirth, placeOfBirth, countryOfBirth,
                    nationality, document, role == PersonRole.CREW ? rank : null, embarkation, disembarkation,
                    role == PersonRole.PASSENGER && transit);
        }
    }
}
