package org.portcullis.model.agency;

import java.util.Objects;
import org.portcullis.model.assessment.Assessment;

/**
 * What one agency's rule packages say about a filing: the agency (its id in the agencies configuration) and its
 * assessment, whose findings are that agency's alone.
 */
public record AgencyAssessment(String agency, Assessment assessment) {

    public AgencyAssessment {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(assessment, "assessment");
    }

    /** Port health's reading of the outcome: free pratique granted, with conditions, after inspection or refused. */
    public FreePratique freePratique() {
        return FreePratique.of(assessment.outcome());
    }
}
