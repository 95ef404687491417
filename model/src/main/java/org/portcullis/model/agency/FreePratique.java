package org.portcullis.model.agency;

import org.portcullis.model.assessment.Outcome;

/**
 * Port health's answer to a ship (IHR 2005, Article 28): free pratique granted, granted with conditions (a
 * documentary check or information the officer must see first, measures to apply on berthing), inspection on
 * arrival before it is granted, or refused until port health has boarded and applied its measures. It is the port
 * health reading of the assessment's outcome, so rules keep speaking in the project's outcomes.
 */
public enum FreePratique {
    GRANTED,
    GRANTED_WITH_CONDITIONS,
    INSPECTION_ON_ARRIVAL,
    REFUSED;

    /** RELEASE grants; REQUEST_INFORMATION, REFER and DOCUMENT_CHECK grant with conditions; INSPECT inspects; HOLD and
     * DO_NOT_LOAD refuse. */
    public static FreePratique of(Outcome outcome) {
        return switch (outcome) {
            case RELEASE -> GRANTED;
            case REQUEST_INFORMATION, REFER, DOCUMENT_CHECK -> GRANTED_WITH_CONDITIONS;
            case INSPECT -> INSPECTION_ON_ARRIVAL;
            case HOLD, DO_NOT_LOAD -> REFUSED;
        };
    }
}
