package org.portcullis.rules.fact;

import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.WatchlistVersion;

/**
 * What screening found for one person or party: the list and its entry, how sure, what matched in words, and the
 * version of the list (publisher, publication date, content hash).
 */
public abstract class WatchlistMatch implements TargetFact {

    private final String listName;
    private final String entryId;
    private final String listedName;
    private final MatchStrength strength;
    private final double score;
    private final String explanation;
    private final WatchlistVersion listVersion;

    protected WatchlistMatch(String listName, String entryId, String listedName, MatchStrength strength,
            double score, String explanation, WatchlistVersion listVersion) {
        this.listName = listName;
        this.entryId = entryId;
        this.listedName = listedName;
        this.strength = strength;
        this.score = score;
        this.explanation = explanation;
        this.listVersion = listVersion;
    }

    public String getListName() {
        return listName;
    }

    public String getEntryId() {
        return entryId;
    }

    public String getListedName() {
        return listedName;
    }

    public MatchStrength getStrength() {
        return strength;
    }

    /** How alike the names are, from 0 to 1. */
    public double getScore() {
        return score;
    }

    /** What matched, in words: "name '...' is like listed '...' (similarity 0.95); date of birth ... agrees". */
    public String getExplanation() {
        return explanation;
    }

    /** The version of the list the entry was read from; null for a list without one. */
    public WatchlistVersion getListVersion() {
        return listVersion;
    }
}
