package org.portcullis.model.assessment;

import java.util.Objects;

/**
 * A person or party of a filing that screening matched to a watchlist entry: the list and entry, the name as
 * listed, who in the filing matched ({@code subject}), the key that identifies that subject again in later filings
 * (for redress: a match marked as a false positive is not raised again for the same subject and entry), how sure
 * the match is, the name similarity (0 to 1) and what matched in plain words.
 */
public record ScreeningMatch(String listName, String entryId, String listedName, Target subject, String subjectKey,
        MatchStrength strength, double score, String explanation) {

    public ScreeningMatch {
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(strength, "strength");
    }
}
