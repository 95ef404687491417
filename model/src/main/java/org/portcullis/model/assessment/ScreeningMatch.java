package org.portcullis.model.assessment;

import java.util.Objects;

/**
 * A person or party of a filing that screening matched to a watchlist entry: the list and entry, the name as
 * listed, who in the filing matched ({@code subject}), the key that identifies that subject again in later filings
 * (for redress: a match marked as a false positive is not raised again for the same subject and entry), how sure
 * the match is, the name similarity (0 to 1), what matched in plain words, the version of the list screened against,
 * and, for a match an officer set aside (redress), who did and why.
 */
public record ScreeningMatch(String listName, String entryId, String listedName, Target subject, String subjectKey,
        MatchStrength strength, double score, String explanation, WatchlistVersion listVersion, SetAside setAside) {

    public ScreeningMatch {
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(strength, "strength");
    }

    /** A match as recorded before list versions and redress were recorded with it. */
    public ScreeningMatch(String listName, String entryId, String listedName, Target subject, String subjectKey,
            MatchStrength strength, double score, String explanation) {
        this(listName, entryId, listedName, subject, subjectKey, strength, score, explanation, null, null);
    }

    /** The same match, set aside as the redress says. */
    public ScreeningMatch setAsideBy(SetAside redress) {
        return new ScreeningMatch(listName, entryId, listedName, subject, subjectKey, strength, score, explanation,
                listVersion, redress);
    }

    /** In words, as a case file shows a match that was set aside: "matched WL-0001 ('...'), set aside by ...". */
    public String describe() {
        return "matched " + entryId + " ('" + listedName + "') of " + listName
                + (setAside == null ? "" : ", " + setAside.describe());
    }
}
