package org.portcullis.rules.fact;

import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.WatchlistVersion;
import org.portcullis.model.assessment.Target;

/** A crew member or passenger whom screening matched to an entry of a persons watchlist. */
public class PersonWatchlistMatch extends WatchlistMatch {

    private final PersonFact person;

    public PersonWatchlistMatch(PersonFact person, String listName, String entryId, String listedName,
            MatchStrength strength, double score, String explanation, WatchlistVersion listVersion) {
        super(listName, entryId, listedName, strength, score, explanation, listVersion);
        this.person = person;
    }

    public PersonFact getPerson() {
        return person;
    }

    @Override
    public Target target() {
        return person.target();
    }
}
