package org.portcullis.model.filing;

import java.time.LocalDate;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;

/**
 * One line of the schedule of ill persons attached to the Maritime Declaration of Health: who, where and when they
 * joined, the nature of the illness and the onset of symptoms, whether a port medical officer was told, what became
 * of the case and the treatment given.
 */
public record IllPerson(String name, String classOrRating, Integer age, String sex, CountryCode nationality,
        UnLocode portJoined, LocalDate dateJoined, String natureOfIllness, LocalDate onsetOfSymptoms,
        boolean reportedToPortMedicalOfficer, Disposal disposal, String treatment, String comments) {

    /** What became of the case: still on board, landed at a port, died or buried at sea. */
    public enum Disposal {
        ON_BOARD,
        LANDED,
        DIED,
        BURIED_AT_SEA
    }
}
