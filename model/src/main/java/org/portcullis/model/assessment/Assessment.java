package org.portcullis.model.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the rules say about a filing: the findings, the strongest outcome among them, the lane, the version
 * (content hash) of the rule set that produced it, the outcome of each consignment, and the watchlist matches
 * screening found.
 */
public record Assessment(List<Finding> findings, Outcome outcome, Lane lane, String ruleSetVersion,
        Instant assessedAt, List<ConsignmentOutcome> consignments, List<ScreeningMatch> screeningMatches) {

    public Assessment {
        findings = List.copyOf(findings);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(assessedAt, "assessedAt");
        consignments = consignments == null ? List.of() : List.copyOf(consignments);
        screeningMatches = screeningMatches == null ? List.of() : List.copyOf(screeningMatches);
    }

    /** An assessment without consignment outcomes or screening matches (as stored before they were recorded). */
    public Assessment(List<Finding> findings, Outcome outcome, Lane lane, String ruleSetVersion, Instant assessedAt) {
        this(findings, outcome, lane, ruleSetVersion, assessedAt, List.of(), List.of());
    }

    /** The assessment whose outcome is the strongest of its findings' and whose lane follows from it. */
    public static Assessment of(List<Finding> findings, String ruleSetVersion, Instant assessedAt) {
        return of(findings, List.of(), List.of(), ruleSetVersion, assessedAt);
    }

    /** As {@link #of(List, String, Instant)}, with the consignments' outcomes and the screening matches. */
    public static Assessment of(List<Finding> findings, List<ConsignmentOutcome> consignments,
            List<ScreeningMatch> screeningMatches, String ruleSetVersion, Instant assessedAt) {
        Outcome outcome = Outcome.strongest(findings.stream().map(Finding::outcome).toList());
        return new Assessment(findings, outcome, outcome.lane(), ruleSetVersion, assessedAt, consignments,
                screeningMatches);
    }

    public List<Finding> carrierVisibleFindings() {
        return findings.stream().filter(Finding::carrierVisible).toList();
    }
}
