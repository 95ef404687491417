package org.portcullis.rules.fact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.filing.PersonRole;

/** A crew member or passenger, with the travel document and the day the ship arrives (for validity checks). */
public class PersonFact implements TargetFact {

    private final PersonRole role;
    private final String familyName;
    private final String givenNames;
    private final LocalDate dateOfBirth;
    private final String nationality;
    private final String documentType;
    private final String documentNumber;
    private final LocalDate documentExpiry;
    private final String portOfDisembarkation;
    private final boolean transit;
    private final LocalDate arrivalDate;

    public PersonFact(PersonRole role, String familyName, String givenNames, LocalDate dateOfBirth,
            String nationality, String documentType, String documentNumber, LocalDate documentExpiry,
            String portOfDisembarkation, boolean transit, LocalDate arrivalDate) {
        this.role = role;
        this.familyName = familyName;
        this.givenNames = givenNames;
        this.dateOfBirth = dateOfBirth;
        this.nationality = nationality;
        this.documentType = documentType;
        this.documentNumber = documentNumber;
        this.documentExpiry = documentExpiry;
        this.portOfDisembarkation = portOfDisembarkation;
        this.transit = transit;
        this.arrivalDate = arrivalDate;
    }

    public PersonRole getRole() {
        return role;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getFullName() {
        return givenNames == null || givenNames.isBlank() ? familyName : givenNames + " " + familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getNationality() {
        return nationality;
    }

    public boolean isHasTravelDocument() {
        return documentNumber != null && !documentNumber.isBlank();
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getDocumentExpiry() {
        return documentExpiry;
    }

    /** Days the travel document stays valid after the day of arrival (negative: expired), or null when unknown. */
    public Long getDaysValidAfterArrival() {
        return documentExpiry == null || arrivalDate == null ? null
                : ChronoUnit.DAYS.between(arrivalDate, documentExpiry);
    }

    public String getPortOfDisembarkation() {
        return portOfDisembarkation;
    }

    public boolean isTransit() {
        return transit;
    }

    public LocalDate getArrivalDate() {
        return arrivalDate;
    }

    @Override
    public Target target() {
        String name = givenNames == null || givenNames.isBlank() ? familyName : familyName + ", " + givenNames;
        return new Target(TargetKind.PERSON, name + " (" + role.name().toLowerCase() + ")");
    }
}
