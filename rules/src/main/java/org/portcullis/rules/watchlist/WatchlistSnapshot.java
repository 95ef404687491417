package org.portcullis.rules.watchlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.assessment.WatchlistVersion;
import org.portcullis.rules.screening.PartyWatchlist;
import org.portcullis.rules.screening.PersonWatchlist;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.WatchlistEntry;

/**
 * The official lists that serve together: every imported list with its version, and one index of their persons and
 * one of their parties. Immutable: a filing screened against a snapshot is screened against whole lists of one
 * version each.
 */
public record WatchlistSnapshot(List<ImportedList> lists, PersonWatchlist persons, PartyWatchlist parties) {

    public static final WatchlistSnapshot EMPTY = of(List.of());

    public WatchlistSnapshot {
        lists = List.copyOf(lists);
    }

    /** The snapshot of these lists, indexed. */
    public static WatchlistSnapshot of(Collection<ImportedList> lists) {
        List<PersonWatchlistEntry> persons = new ArrayList<>();
        List<WatchlistEntry> parties = new ArrayList<>();
        Map<String, WatchlistVersion> versions = new LinkedHashMap<>();
        for (ImportedList list : lists) {
            persons.addAll(list.persons());
            parties.addAll(list.parties());
            versions.put(list.listName(), list.version());
        }
        return new WatchlistSnapshot(List.copyOf(lists), new PersonWatchlist(persons, versions),
                new PartyWatchlist(parties, versions));
    }

    /** The version of each list, by list name. */
    public Map<String, WatchlistVersion> versions() {
        return persons.versions();
    }
}
