package org.portcullis.model.assessment;

/** How sure a watchlist match is. */
public enum MatchStrength {
    /** The name matches and nothing contradicts it, but no date of birth or document number confirms it. */
    POSSIBLE,
    /** The name matches and the date of birth or the document number confirms it (or a party's country agrees). */
    CONFIRMED
}
