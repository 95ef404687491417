package org.portcullis.rules.screening;

import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.WatchlistVersion;

/**
 * A listed entry a name matched: which entry, how sure, how alike the names are (0 to 1), why in words, and the
 * version of the list the entry was read from.
 */
public record WatchlistHit<E>(E entry, MatchStrength strength, double score, String explanation,
        WatchlistVersion listVersion) {

    public WatchlistHit(E entry, MatchStrength strength, double score, String explanation) {
        this(entry, strength, score, explanation, null);
    }
}
