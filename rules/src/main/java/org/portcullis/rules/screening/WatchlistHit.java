package org.portcullis.rules.screening;

import org.portcullis.model.assessment.MatchStrength;

/** A listed entry a name matched: which entry, how sure, how alike the names are (0 to 1), and why in words. */
public record WatchlistHit<E>(E entry, MatchStrength strength, double score, String explanation) {
}
