package org.portcullis.rules.screening;

import java.util.List;
import java.util.Objects;

/**
 * One listed party of a watchlist: its id on the list, the names it is listed under (the name as listed first, then
 * aliases), its country (optional) and why it is listed.
 */
public record WatchlistEntry(String listName, String entryId, List<String> names, String country, String reason) {

    public WatchlistEntry {
        Objects.requireNonNull(entryId, "entryId");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a listed party has at least one name");
        }
    }

    public WatchlistEntry(String listName, String entryId, String name, String country, String reason) {
        this(listName, entryId, List.of(name), country, reason);
    }

    /** The name as listed. */
    public String name() {
        return names.get(0);
    }
}
