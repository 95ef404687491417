package org.portcullis.rules.fact;

import org.portcullis.model.assessment.MatchStrength;

/** What screening found for one person or party: the list and its entry, how sure, and what matched in words. */
public abstract class WatchlistMatch implements TargetFact {

    private final String listName;
    private final String entryId;
    private final String listedName;
    private final MatchStrength strength;
    private final double score;
    private final String explanation;

    protected WatchlistMatch(String listName, String entryId, String listedName, MatchStrength strength,
            double score, String explanation) {
        this.listName = listName;
        this.entryId = entryId;
        this.listedName = listedName;
        this.strength = strength;
        this.score = score;
        this.explanation = explanation;
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
}
