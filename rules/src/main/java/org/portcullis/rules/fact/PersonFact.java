package org.portcullis.rules.fact;

import org.portcullis.rules.history.PersonKeys;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.filing.GuardianRelation;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.filing.TravelDocument;

/**
 * A crew member or passenger: name, document, when they arrive and leave the port area (for document validity),
 * age, the adult a minor travels with, and the booking. {@code ordinal} is the person's place among the filing's
 * persons, so that a rule comparing two persons can take each pair once ({@code ordinal > $other.ordinal}).
 */
public class PersonFact implements TargetFact, Identifiable {

    /** Under this age on the day of arrival a person is a minor. */
    public static final int AGE_OF_MAJORITY = 18;

    private final Person person;
    private final int ordinal;
    private final StayDates stay;
    private final PassengerBooking booking;
    private final String documentKey;
    private final String nameWordsKey;
    private final Set<String> familyWords;

    public PersonFact(Person person, int ordinal, StayDates stay, PassengerBooking booking) {
        this.person = person;
        this.ordinal = ordinal;
        this.stay = stay;
        this.booking = booking;
        TravelDocument document = person.travelDocument();
        this.documentKey = document == null ? null : PersonKeys.document(document.number());
        this.nameWordsKey = PersonKeys.nameWords(person.givenNames(), person.familyName());
        this.familyWords = PersonKeys.familyWords(person.familyName());
    }

    public PersonRole getRole() {
        return person.role();
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getFamilyName() {
        return person.familyName();
    }

    public String getGivenNames() {
        return person.givenNames();
    }

    public String getFullName() {
        String given = person.givenNames();
        return given == null || given.isBlank() ? person.familyName() : given + " " + person.familyName();
    }

    @Override
    public LocalDate getDateOfBirth() {
        return person.dateOfBirth();
    }

    public String getNationality() {
        return text(person.nationality());
    }

    public boolean isHasTravelDocument() {
        return documentKey != null;
    }

    public String getDocumentType() {
        return person.travelDocument() == null ? null : person.travelDocument().type();
    }

    public String getDocumentNumber() {
        return person.travelDocument() == null ? null : person.travelDocument().number();
    }

    public String getIssuingState() {
        return person.travelDocument() == null ? null : text(person.travelDocument().issuingState());
    }

    public LocalDate getDocumentExpiry() {
        return person.travelDocument() == null ? null : person.travelDocument().expiry();
    }

    @Override
    public String getDocumentKey() {
        return documentKey;
    }

    @Override
    public String getNameWordsKey() {
        return nameWordsKey;
    }

    /** The words of the family name; two persons share a family name when they share one of its words. */
    public Set<String> getFamilyWords() {
        return Collections.unmodifiableSet(familyWords);
    }

    public boolean sharesFamilyNameWith(PersonFact other) {
        return other.familyWords.stream().anyMatch(familyWords::contains);
    }

    public LocalDate getArrivalDate() {
        return stay.arrival();
    }

    /** The day the person leaves the port area (see {@link StayDates}). */
    public LocalDate getLeavingDate() {
        return stay.leaving();
    }

    /** How the day of leaving follows from the filing, in words. */
    public String getLeavingWhen() {
        return stay.leavingWhen();
    }

    /** Days the travel document stays valid after the day of arrival (negative: expired), or null when unknown. */
    public Long getDaysValidAfterArrival() {
        return days(stay.arrival());
    }

    /** Days the travel document stays valid after the person leaves the port area, or null when unknown. */
    public Long getDaysValidAfterLeaving() {
        return days(stay.leaving());
    }

    /** Age in whole years on the day of arrival, or null without a date of birth. */
    public Integer getAge() {
        return person.dateOfBirth() == null || stay.arrival() == null ? null
                : Period.between(person.dateOfBirth(), stay.arrival()).getYears();
    }

    public boolean isMinor() {
        Integer age = getAge();
        return age != null && age < AGE_OF_MAJORITY;
    }

    public boolean isAdult() {
        Integer age = getAge();
        return age != null && age >= AGE_OF_MAJORITY;
    }

    /** The document number of the adult a minor travels with, as a key; null when the filing names none. */
    public String getGuardianDocumentKey() {
        return person.guardian() == null ? null : PersonKeys.document(person.guardian().documentNumber());
    }

    /** The relation to that adult as stated, or null when not stated. */
    public GuardianRelation getGuardianRelation() {
        return person.guardian() == null ? null : person.guardian().relation();
    }

    /** A stated family relation to the guardian, or a family name shared with them. */
    public boolean isFamilyOf(PersonFact guardian) {
        GuardianRelation relation = getGuardianRelation();
        return relation != null && relation.isFamily() || sharesFamilyNameWith(guardian);
    }

    public String getPortOfEmbarkation() {
        return text(person.portOfEmbarkation());
    }

    public LocalDate getEmbarkationDate() {
        return person.embarkationDate();
    }

    public String getPortOfDisembarkation() {
        return text(person.portOfDisembarkation());
    }

    public boolean isTransit() {
        return person.transit();
    }

    public PassengerBooking getBooking() {
        return booking;
    }

    public boolean isHasBooking() {
        return booking != null;
    }

    /** The full names of the persons, comma separated, for a finding's reason. */
    public static String fullNames(Collection<?> persons) {
        return persons.stream().map(person -> ((PersonFact) person).getFullName()).collect(Collectors.joining(", "));
    }

    /** The filing's own record of this person. */
    public Person person() {
        return person;
    }

    @Override
    public Target target() {
        String given = person.givenNames();
        String name = given == null || given.isBlank() ? person.familyName() : person.familyName() + ", " + given;
        return new Target(TargetKind.PERSON, name + " (" + person.role().name().toLowerCase() + ")");
    }

    private Long days(LocalDate from) {
        LocalDate expiry = getDocumentExpiry();
        return expiry == null || from == null ? null : ChronoUnit.DAYS.between(from, expiry);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
