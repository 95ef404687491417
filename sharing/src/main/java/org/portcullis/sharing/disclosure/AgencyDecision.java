package org.portcullis.sharing.disclosure;

import java.util.Objects;
import org.portcullis.model.clearance.OfficerDecision;

/** An officer's decision with the agency the officer decided for. */
public record AgencyDecision(String agency, OfficerDecision decision) {

    public AgencyDecision {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(decision, "decision");
    }
}
