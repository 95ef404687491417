package org.portcullis.rules.fact;

import org.portcullis.model.assessment.Target;

/** A party whose name matched an entry of a watchlist during screening. */
public class PartyWatchlistMatch implements TargetFact {

    private final PartyFact party;
    private final String listName;
    private final String entryId;
    private final String listedName;

    public PartyWatchlistMatch(PartyFact party, String listName, String entryId, String listedName) {
        this.party = party;
        this.listName = listName;
        this.entryId = entryId;
        this.listedName = listedName;
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

    public String getListName() {
        return listName;
    }

    public String getEntryId() {
        return entryId;
    }

    public String getListedName() {
        return listedName;
    }

    @Override
    public Target target() {
        return party.target();
    }
}
