package org.portcullis.model.assessment;

import java.util.Objects;

/**
 * The outcome for one consignment (bill of lading): the strongest of the findings about it and its goods items,
 * containers and parties, and the lane that follows. A consignment no rule spoke about is released (GREEN).
 * {@code rulesLane} is the lane the rules alone gave it, before the risk model's score and without random
 * selection (what the model reads as a feature and learns from; null where it was not recorded).
 */
public record ConsignmentOutcome(String transportDocumentNumber, Outcome outcome, Lane rulesLane) {

    public ConsignmentOutcome {
        Objects.requireNonNull(transportDocumentNumber, "transportDocumentNumber");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** An outcome whose rules-alone lane was not recorded. */
    public ConsignmentOutcome(String transportDocumentNumber, Outcome outcome) {
        this(transportDocumentNumber, outcome, null);
    }

    public Lane lane() {
        return outcome.lane();
    }
}
