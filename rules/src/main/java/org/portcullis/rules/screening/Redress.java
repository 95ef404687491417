package org.portcullis.rules.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.SetAside;

/**
 * A redress record: an officer found that a subject is not the person or party of a listed entry. It sets later
 * matches of that subject and entry aside while it holds: not revoked, not expired, for a match no stronger than the
 * one it was marked on, and, for a CONFIRMED match (which holds a filing), only once a second officer other than its
 * author approved it (four eyes).
 */
public record Redress(String markedBy, Instant markedAt, String reason, MatchStrength markedOn, LocalDate expiresOn,
        String approvedBy, Instant approvedAt, String revokedBy, Instant revokedAt) {

    public Redress {
        Objects.requireNonNull(markedBy, "markedBy");
        Objects.requireNonNull(markedAt, "markedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(markedOn, "markedOn");
    }

    /** True when the record sets aside a match of this strength on this day. */
    public boolean setsAside(MatchStrength strength, LocalDate today) {
        if (revokedAt != null || expiresOn != null && today.isAfter(expiresOn) || strength.compareTo(markedOn) > 0) {
            return false;
        }
        return strength != MatchStrength.CONFIRMED || isApprovedByAnother();
    }

    /** A CONFIRMED match marked but not yet approved by a second officer. */
    public boolean awaitsApproval() {
        return markedOn == MatchStrength.CONFIRMED && !isApprovedByAnother() && revokedAt == null;
    }

    private boolean isApprovedByAnother() {
        return approvedBy != null && !approvedBy.equals(markedBy);
    }

    /** What a case file shows of it. */
    public SetAside toSetAside() {
        return new SetAside(markedBy, markedAt, reason, approvedBy, approvedAt, expiresOn);
    }
}
