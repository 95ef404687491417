package org.portcullis.rules.fact.health;

import java.time.LocalDate;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.filing.HealthAnswer;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.HealthQuestions;
import org.portcullis.rules.fact.TargetFact;

/**
 * The Maritime Declaration of Health as port health's rules read it: the answers to the nine questions (a 1.0
 * summary answers questions 1, 2 and 4 through its counts), whether the full declaration was given, and the arrival
 * day the rules compare the sanitation certificate with.
 */
public class PortHealthFact implements TargetFact {

    private final String vessel;
    private final HealthDeclaration health;
    private final LocalDate arrival;

    public PortHealthFact(String vessel, HealthDeclaration health, LocalDate arrival) {
        this.vessel = vessel;
        this.health = health;
        this.arrival = arrival;
    }

    /** True when the declaration answers the nine questions (schema 1.1), not only the summary. */
    public boolean isFullDeclaration() {
        return health.questions() != null;
    }

    public boolean isDeathOnBoard() {
        return health.deaths() > 0 || yes(HealthQuestions::deathsOtherThanByAccident);
    }

    public int getDeaths() {
        return health.deaths();
    }

    public boolean isSuspectedInfectiousDisease() {
        return health.suspectedInfectiousDisease() || yes(HealthQuestions::suspectedInfectiousDisease);
    }

    public boolean isIllnessAboveNormal() {
        return yes(HealthQuestions::illnessAboveNormal);
    }

    public boolean isIllPersonsOnBoard() {
        return health.personsIll() > 0 || yes(HealthQuestions::illPersonsOnBoard)
                || !health.illPersons().isEmpty();
    }

    public int getPersonsIll() {
        return Math.max(health.personsIll(), health.illPersons().size());
    }

    public boolean isConditionLikelyToSpreadDisease() {
        return yes(HealthQuestions::conditionLikelyToSpreadDisease);
    }

    public boolean isSanitaryMeasuresApplied() {
        return yes(HealthQuestions::sanitaryMeasuresApplied);
    }

    public boolean isStowawaysFound() {
        return yes(HealthQuestions::stowawaysFound);
    }

    public boolean isSickAnimalOnBoard() {
        return yes(HealthQuestions::sickAnimalOnBoard);
    }

    public boolean isAffectedAreaVisited() {
        return health.affectedAreaVisited() != null && health.affectedAreaVisited().answer();
    }

    /** The particulars the master gave for an answer (see {@link #particulars(String)}), or the declaration's own. */
    public String getDetails() {
        return health.details() == null ? "" : health.details();
    }

    /** The particulars of one question by its name in the filing ("stowawaysFound"), or an empty text. */
    public String particulars(String question) {
        HealthQuestions q = health.questions();
        HealthAnswer answer;
        if (question.equals("affectedAreaVisited")) {
            answer = health.affectedAreaVisited();
        } else {
            answer = q == null ? null : switch (question) {
                case "deathsOtherThanByAccident" -> q.deathsOtherThanByAccident();
                case "suspectedInfectiousDisease" -> q.suspectedInfectiousDisease();
                case "illnessAboveNormal" -> q.illnessAboveNormal();
                case "illPersonsOnBoard" -> q.illPersonsOnBoard();
                case "medicalPractitionerConsulted" -> q.medicalPractitionerConsulted();
                case "conditionLikelyToSpreadDisease" -> q.conditionLikelyToSpreadDisease();
                case "sanitaryMeasuresApplied" -> q.sanitaryMeasuresApplied();
                case "stowawaysFound" -> q.stowawaysFound();
                case "sickAnimalOnBoard" -> q.sickAnimalOnBoard();
                default -> throw new IllegalArgumentException("no health question " + question);
            };
        }
        return answer == null || answer.details() == null ? "" : answer.details();
    }

    public boolean isSanitationCertificateDeclared() {
        return health.sanitationCertificate() != null;
    }

    /** The sanitation certificate's expiry, or null without one. */
    public LocalDate getSanitationCertificateExpiry() {
        return health.sanitationCertificate() == null ? null : health.sanitationCertificate().expiry();
    }

    /** True when the declared sanitation certificate expires before the day of arrival. */
    public boolean isSanitationCertificateExpired() {
        LocalDate expiry = getSanitationCertificateExpiry();
        return expiry != null && expiry.isBefore(arrival);
    }

    public boolean isReinspectionRequired() {
        return health.sanitationCertificate() != null && health.sanitationCertificate().reinspectionRequired();
    }

    public LocalDate getArrival() {
        return arrival;
    }

    private boolean yes(java.util.function.Function<HealthQuestions, HealthAnswer> question) {
        return health.questions() != null && question.apply(health.questions()).answer();
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
