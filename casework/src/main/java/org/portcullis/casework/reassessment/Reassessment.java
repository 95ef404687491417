package org.portcullis.casework.reassessment;

import java.time.Instant;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;

/**
 * One re-assessment of a case: when, what asked for it (sensor events, a new rule set), the case's status then, the
 * outcome it stood on, the outcome the rules found now with the ids of the rules that fired and the rule set
 * version, and what became of it.
 */
public record Reassessment(Instant at, String triggers, CaseStatus caseStatus, Outcome standing, Outcome found,
        Result result, String ruleIds, String ruleSetVersion) {

    /** What a re-assessment did to the case. */
    public enum Result {
        /** The outcome rose: clearance started again (a cleared case reopened). */
        REOPENED,
        /** The outcome fell: the case keeps the outcome it stood on; nothing is released by a re-assessment. */
        STANDING_KEPT,
        /** The outcome stayed (recorded for a new rule set only, so that the case history shows it was checked). */
        UNCHANGED
    }
}
