package org.portcullis.model.clearance;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.value.Mrn;

/**
 * A decision an officer took on a case: always with the internal reason (kept on the case file and audited, never
 * sent out) and, optionally, the message the carrier receives with the notice. A request for information needs the
 * message: it is the question.
 */
public record OfficerDecision(Mrn mrn, ReferralDecision decision, String reason, String carrierMessage,
        String officer, Instant decidedAt) {

    public OfficerDecision {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
        carrierMessage = carrierMessage == null || carrierMessage.isBlank() ? null : carrierMessage.strip();
        if (decision == ReferralDecision.REQUEST_INFORMATION && carrierMessage == null) {
            throw new IllegalArgumentException("a request for information needs the question to the carrier");
        }
    }

    /** A decision without a message to the carrier. */
    public OfficerDecision(Mrn mrn, ReferralDecision decision, String reason, String officer, Instant decidedAt) {
        this(mrn, decision, reason, null, officer, decidedAt);
    }
}
