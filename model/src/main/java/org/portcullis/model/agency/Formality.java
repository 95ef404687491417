package org.portcullis.model.agency;

import java.util.Objects;

/**
 * One agency's formality response to the carrier (IMO Maritime Single Window): which agency, its state, port
 * health's free pratique (null for other agencies), and the port call's state over every agency.
 */
public record Formality(String agency, ClearanceState state, FreePratique freePratique, ClearanceState portCallState) {

    public Formality {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(portCallState, "portCallState");
    }
}
