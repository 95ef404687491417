package org.portcullis.casework.redress;

import java.time.Instant;
import java.time.LocalDate;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.rules.screening.Redress;

/**
 * One redress record as kept: the match it was marked on (list, entry, subject, case), why and until when, who
 * marked it, and who approved, rejected or revoked it, when and (for the last two) why, and the agency whose
 * assessment had the match ({@code agency}; null: the lead agency's, customs').
 */
public record RedressRecord(long id, String listName, String entryId, String listedName, String subjectKey,
        String subjectReference, String mrn, MatchStrength markedOn, String reason, LocalDate expiresOn,
        String markedBy, Instant markedAt, String approvedBy, Instant approvedAt, String rejectedBy,
        Instant rejectedAt, String revokedBy, Instant revokedAt, String closingReason, String agency) {

    /** Where it stands on this day. */
    public RedressStatus status(LocalDate today) {
        if (revokedAt != null) {
            return RedressStatus.REVOKED;
        }
        if (rejectedAt != null) {
            return RedressStatus.REJECTED;
        }
        if (expiresOn != null && today.isAfter(expiresOn)) {
            return RedressStatus.EXPIRED;
        }
        return needsApproval() && approvedBy == null ? RedressStatus.PENDING : RedressStatus.IN_EFFECT;
    }

    /** Marked on a match that holds a filing: a second officer must approve it. */
    public boolean needsApproval() {
        return markedOn == MatchStrength.CONFIRMED;
    }

    /** The record as screening reads it; a rejected record counts as ended, like a revoked one. */
    Redress toRedress() {
        String endedBy = revokedBy != null ? revokedBy : rejectedBy;
        Instant endedAt = revokedAt != null ? revokedAt : rejectedAt;
        return new Redress(markedBy, markedAt, reason, markedOn, expiresOn, approvedBy, approvedAt, endedBy, endedAt);
    }
}
