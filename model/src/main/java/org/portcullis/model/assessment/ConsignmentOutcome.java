package org.portcullis.model.assessment;

import java.util.Objects;

/**
 * The outcome for one consignment (bill of lading): the strongest of the findings about it and its goods items,
 * containers and parties, and the lane that follows. A consignment no rule spoke about is released (GREEN).
 */
public record ConsignmentOutcome(String transportDocumentNumber, Outcome outcome) {

    public ConsignmentOutcome {
        Objects.requireNonNull(transportDocumentNumber, "transportDocumentNumber");
        Objects.requireNonNull(outcome, "outcome");
    }

    public Lane lane() {
        return outcome.lane();
    }
}
