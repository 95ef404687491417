package org.portcullis.rules.fact;

import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.WatchlistVersion;
import org.portcullis.model.assessment.Target;

/** A consignor or consignee whose name matched an entry of a parties watchlist during screening. */
public class PartyWatchlistMatch extends WatchlistMatch {

    private final PartyFact party;

    public PartyWatchlistMatch(PartyFact party, String listName, String entryId, String listedName,
            MatchStrength strength, double score, String explanation, WatchlistVersion listVersion) {
        super(listName, entryId, listedName, strength, score, explanation, listVersion);
        this.party = party;
    }

    public PartyFact getParty() {
        return party;
    }

    public PartyRole getRole() {
        return party.getRole();
    }

    public String getPartyName() {
        return party.getName();
    }

    @Override
    public Target target() {
        return party.target();
    }

    @Override
    public String consignmentReference() {
        return party.consignmentReference();
    }
}
