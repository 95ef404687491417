package org.portcullis.model.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the rules say about a filing: the findings, the strongest outcome among them, the lane, and the version
 * (content hash) of the rule set that produced it.
 */
public record Assessment(List<Finding> findings, Outcome outcome, Lane lane, String ruleSetVersion,
        Instant assessedAt) {

    public Assessment {
        findings = List.copyOf(findings);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }

    /** The assessment whose outcome is the strongest of its findings' and whose lane follows from it. */
    public static Assessment of(List<Finding> findings, String ruleSetVersion, Instant assessedAt) {
        Outcome outcome = Outcome.strongest(findings.stream().map(Finding::outcome).toList());
        return new Assessment(findings, outcome, outcome.lane(), ruleSetVersion, assessedAt);
    }

    public List<Finding> carrierVisibleFindings() {
        return findings.stream().filter(Finding::carrierVisible).toList();
    }
}
