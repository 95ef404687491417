package org.portcullis.casework.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The supervisors' figures over the cases registered in a period: where cases stand, how fast they are decided,
 * how many are cleared before the ship arrives, how often each rule fires and what inspections found, and where
 * the goods come from.
 */
public record DashboardFigures(Instant from, Instant to, List<Count> casesByStatus, List<Count> casesByLane,
        List<DecisionTime> decisionTimes, ClearedBeforeArrival clearedBeforeArrival, long assessedCases,
        List<RuleHit> ruleHits, List<RuleInspections> inspections, List<Count> topOrigins, List<Count> topHsChapters) {

    /** How many of something there are. */
    public record Count(String key, long count) {
    }

    /** Time from filing to the first decision notice, for all cases or those decided by rules or by officers. */
    public record DecisionTime(String group, long cases, Double medianSeconds, Double p90Seconds) {
    }

    /** Of the cases whose ship has arrived or that were released, how many were released before the ETA. */
    public record ClearedBeforeArrival(long cleared, long eligible) {

        public Double share() {
            return eligible == 0 ? null : (double) cleared / eligible;
        }
    }

    /** How many assessed cases a rule fired on. */
    public record RuleHit(String ruleId, String ruleName, long cases) {
    }

    /**
     * For a rule: the cases it fired on where an officer ordered an inspection, and of the inspection results
     * recorded on those cases how many found an irregularity (the goods held or seized) and how many found nothing.
     */
    public record RuleInspections(String ruleId, long inspectionsOrdered, long found, long nothingFound) {

        /** The share of recorded results that found something, or null while none is recorded. */
        public Double hitRate() {
            return found + nothingFound == 0 ? null : (double) found / (found + nothingFound);
        }
    }
}
