package org.portcullis.model.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the rules say about a filing: the findings, the strongest outcome among them, the lane, the version
 * (content hash) of the rule set that produced it, the outcome of each consignment, the watchlist matches
 * screening found, and the matches officers had set aside (redress), which the rules did not see.
 */
public record Assessment(List<Finding> findings, Outcome outcome, Lane lane, String ruleSetVersion,
        Instant assessedAt, List<ConsignmentOutcome> consignments, List<ScreeningMatch> screeningMatches,
        List<ScreeningMatch> setAsideMatches) {

    public Assessment {
        findings = List.copyOf(findings);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(assessedAt, "assessedAt");
        consignments = consignments == null ? List.of() : List.copyOf(consignments);
        screeningMatches = screeningMatches == null ? List.of() : List.copyOf(screeningMatches);
        setAsideMatches = setAsideMatches == null ? List.of() : List.copyOf(setAsideMatches);
    }

    /** An assessment without matches set aside (as stored before they were recorded). */
    public Assessment(List<Finding> findings, Outcome outcome, Lane lane, String ruleSetVersion, Instant assessedAt,
            List<ConsignmentOutcome> consignments, List<ScreeningMatch> screeningMatches) {
        this(findings, outcome, lane, ruleSetVersion, assessedAt, consignments, screeningMatches, List.of());
    }

    /** An assessment without consignment outcomes or screening matches (as stored before they were recorded). */
    public Assessment(List<Finding> findings, Outcome outcome, Lane lane, String ruleSetVersion, Instant assessedAt) {
        this(findings, outcome, lane, ruleSetVersion, assessedAt, List.of(), List.of(), List.of());
    }

    /** The assessment whose outcome is the strongest of its findings' and whose lane follows from it. */
    public static Assessment of(List<Finding> findings, String ruleSetVersion, Instant assessedAt) {
        return of(findings, List.of(), List.of(), ruleSetVersion, assessedAt);
    }

    /** As {@link #of(List, String, Instant)}, with the consignments' outcomes and the screening matches. */
    public static Assessment of(List<Finding> findings, List<ConsignmentOutcome> consignments,
            List<ScreeningMatch> screeningMatches, String ruleSetVersion, Instant assessedAt) {
        return of(findings, consignments, screeningMatches, List.of(), ruleSetVersion, assessedAt);
    }

    /** As above, with the matches set aside by redress. */
    public static Assessment of(List<Finding> findings, List<ConsignmentOutcome> consignments,
            List<ScreeningMatch> screeningMatches, List<ScreeningMatch> setAsideMatches, String ruleSetVersion,
            Instant assessedAt) {
        Outcome outcome = Outcome.strongest(findings.stream().map(Finding::outcome).toList());
        return new Assessment(findings, outcome, outcome.lane(), ruleSetVersion, assessedAt, consignments,
                screeningMatches, setAsideMatches);
    }

    public List<Finding> carrierVisibleFindings() {
        return findings.stream().filter(Finding::carrierVisible).toList();
    }
}
