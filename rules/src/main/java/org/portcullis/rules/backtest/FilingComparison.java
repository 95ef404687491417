package org.portcullis.rules.backtest;

import java.util.List;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;

/** One filing assessed by the live and by the draft rule set: outcomes, lanes, and the rules that came and went. */
public record FilingComparison(String mrn, String lrn, Outcome liveOutcome, Outcome draftOutcome, Lane liveLane,
        Lane draftLane, List<String> rulesAdded, List<String> rulesGone, String error) {

    public FilingComparison {
        rulesAdded = List.copyOf(rulesAdded);
        rulesGone = List.copyOf(rulesGone);
    }

    public boolean laneMoved() {
        return liveLane != draftLane;
    }

    public boolean changed() {
        return error != null || liveOutcome != draftOutcome || !rulesAdded.isEmpty() || !rulesGone.isEmpty();
    }
}
