package org.portcullis.model.filing;

import java.util.Objects;

/**
 * The nine health questions of part 2 of the Maritime Declaration of Health (IHR 2005, Annex 8), in their order:
 * (1) death on board otherwise than by accident, (2) suspected infectious disease, (3) more ill passengers than
 * normal, (4) ill persons on board now, (5) medical practitioner consulted, (6) a condition that may spread
 * disease, (7) sanitary measures applied (type, place, date in the details), (8) stowaways (where they joined),
 * (9) a sick animal or pet on board.
 */
public record HealthQuestions(HealthAnswer deathsOtherThanByAccident, HealthAnswer suspectedInfectiousDisease,
        HealthAnswer illnessAboveNormal, HealthAnswer illPersonsOnBoard, HealthAnswer medicalPractitionerConsulted,
        HealthAnswer conditionLikelyToSpreadDisease, HealthAnswer sanitaryMeasuresApplied, HealthAnswer stowawaysFound,
        HealthAnswer sickAnimalOnBoard) {

    public HealthQuestions {
        Objects.requireNonNull(deathsOtherThanByAccident, "deathsOtherThanByAccident");
        Objects.requireNonNull(suspectedInfectiousDisease, "suspectedInfectiousDisease");
        Objects.requireNonNull(illnessAboveNormal, "illnessAboveNormal");
        Objects.requireNonNull(illPersonsOnBoard, "illPersonsOnBoard");
        Objects.requireNonNull(medicalPractitionerConsulted, "medicalPractitionerConsulted");
        Objects.requireNonNull(conditionLikelyToSpreadDisease, "conditionLikelyToSpreadDisease");
        Objects.requireNonNull(sanitaryMeasuresApplied, "sanitaryMeasuresApplied");
        Objects.requireNonNull(stowawaysFound, "stowawaysFound");
        Objects.requireNonNull(sickAnimalOnBoard, "sickAnimalOnBoard");
    }
}
