package org.portcullis.model.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a watchlist match was set aside (redress): the officer who found it is not the listed person or party, when,
 * why, the supervisor who approved it (four eyes, required for confirmed matches) and until when it holds.
 */
public record SetAside(String markedBy, Instant markedAt, String reason, String approvedBy, Instant approvedAt,
        LocalDate expiresOn) {

    public SetAside {
        Objects.requireNonNull(markedBy, "markedBy");
        Objects.requireNonNull(markedAt, "markedAt");
        Objects.requireNonNull(reason, "reason");
    }

    /** In words: "set aside by clerk on 2026-11-29 because ... (approved by supervisor)". */
    public String describe() {
        return "set aside by " + markedBy + " on " + markedAt.toString().substring(0, 10) + " because " + reason
                + (approvedBy == null ? "" : " (approved by " + approvedBy + ")")
                + (expiresOn == null ? "" : ", until " + expiresOn);
    }
}
