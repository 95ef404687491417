package org.portcullis.sharing.disclosure;

import java.util.Objects;
import org.portcullis.model.assessment.Finding;

/** A finding with the agency whose rule packages raised it. */
public record AgencyFinding(String agency, Finding finding) {

    public AgencyFinding {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(finding, "finding");
    }
}
