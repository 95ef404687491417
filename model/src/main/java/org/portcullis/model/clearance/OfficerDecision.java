package org.portcullis.model.clearance;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.Mrn;

/** A decision an officer took on a case, always with a reason. */
public record OfficerDecision(Mrn mrn, ReferralDecision decision, String reason, String officer, Instant decidedAt) {

    public OfficerDecision {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
    }
}
