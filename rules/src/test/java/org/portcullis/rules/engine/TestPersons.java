package org.portcullis.rules.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.Booking;
import org.portcullis.model.filing.CrewSignOff;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.Guardian;
import org.portcullis.model.filing.GuardianRelation;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.TravelDocument;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;

/** Persons and persons filings for rule tests, built one element at a time. The port of call is NLRTM. */
public final class TestPersons {

    /** The vessel leaves three days after it arrives (TestFilings.ETA is 2026-12-02). */
    public static final Instant ETD = Instant.parse("2026-12-05T18:00:00Z");

    private TestPersons() {
    }

    public static Builder crew(String family, String given) {
        return new Builder(PersonRole.CREW, family, given);
    }

    public static Builder passenger(String family, String given) {
        return new Builder(PersonRole.PASSENGER, family, given).disembarksAt("NLRTM");
    }

    /** A filing of the plain green cargo with these persons, the vessel's departure and its last ports. */
    public static Filing filing(List<Person> crew, List<Person> passengers, Instant etd, List<PortVisit> lastPorts,
            List<CrewSignOff> signOffs) {
        Filing cargo = TestFilings.withPeople(crew, passengers, null);
        PortCall call = cargo.portCall();
        return new Filing(cargo.header(), cargo.vessel(), new PortCall(call.voyageNumber(), call.portOfCall(),
                call.eta(), call.nextPort(), call.securityLevel(), lastPorts, etd), cargo.consignments(), crew,
                passengers, null, List.of(), List.of(), signOffs, null, null);
    }

    public static Filing filing(List<Person> crew, List<Person> passengers) {
        return filing(crew, passengers, ETD, List.of(), List.of());
    }

    public static PortVisit visit(String port, String arrival) {
        return new PortVisit(UnLocode.of(port), Instant.parse(arrival + "T08:00:00Z"),
                Instant.parse(arrival + "T20:00:00Z"), 1);
    }

    public static CrewSignOff signOff(String family, String given, String document, String port, String date) {
        return new CrewSignOff(family, given, document, UnLocode.of(port), LocalDate.parse(date));
    }

    /** One person, with a valid passport issued by its nationality's state unless told otherwise. */
    public static final class Builder {

        private final PersonRole role;
        private final String family;
        private final String given;
        private String sex = "F";
        private LocalDate birth = LocalDate.of(1985, 5, 5);
        private String nationality = "NL";
        private TravelDocument document;
        private boolean ownDocument;
        private UnLocode embarkation;
        private LocalDate embarked;
        private UnLocode disembarkation;
        private boolean transit;
        private Guardian guardian;
        private Booking booking;

        private Builder(PersonRole role, String family, String given) {
            this.role = role;
            this.family = family;
            this.given = given;
            this.document = new TravelDocument("PASSPORT", "NX" + Math.abs((family + given).hashCode() % 10_000_000),
                    CountryCode.of("NL"), LocalDate.of(2031, 1, 1));
        }

        public Builder born(String date) {
            this.birth = date == null ? null : LocalDate.parse(date);
            return this;
        }

        public Builder sex(String sex) {
            this.sex = sex;
            return this;
        }

        public Builder nationality(String country) {
            this.nationality = country;
            return this;
        }

        public Builder document(String type, String number, String issuer, String expiry) {
            return document(type, number, issuer, expiry, null);
        }

        public Builder document(String type, String number, String issuer, String expiry, String mrz) {
            this.document = new TravelDocument(type, number, issuer == null ? null : CountryCode.of(issuer),
                    expiry == null ? null : LocalDate.parse(expiry), mrz);
            this.ownDocument = true;
            return this;
        }

        public Builder embarked(String port, String date) {
            this.embarkation = UnLocode.of(port);
            this.embarked = date == null ? null : LocalDate.parse(date);
            return this;
        }

        public Builder disembarksAt(String port) {
            this.disembarkation = port == null ? null : UnLocode.of(port);
            return this;
        }

        public Builder inTransit() {
            this.transit = true;
            return this;
        }

        public Builder guardian(String documentNumber, GuardianRelation relation) {
            this.guardian = new Guardian(documentNumber, relation);
            return this;
        }

        public Builder booking(String reference, String bookedOn, String payment, Boolean oneWay) {
            this.booking = new Booking(reference, bookedOn == null ? null : LocalDate.parse(bookedOn), payment, oneWay);
            return this;
        }

        public String documentNumber() {
            return document.number();
        }

        public Person build() {
            TravelDocument document = ownDocument || nationality == null ? this.document
                    : new TravelDocument("PASSPORT", this.document.number(), CountryCode.of(nationality),
                            this.document.expiry());
            return new Person(role, family, given, sex, birth, null, null,
                    nationality == null ? null : CountryCode.of(nationality), document,
                    role == PersonRole.CREW ? "AB" : null, embarkation, disembarkation, transit, embarked, guardian,
                    booking);
        }
    }

    /** The built persons of the builders. */
    public static List<Person> build(Builder... builders) {
        List<Person> persons = new ArrayList<>();
        for (Builder builder : builders) {
            persons.add(builder.build());
        }
        return persons;
    }
}
