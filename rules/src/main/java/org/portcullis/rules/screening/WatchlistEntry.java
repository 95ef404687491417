package org.portcullis.rules.screening;

/** One listed party of a watchlist: its id on the list, its name and (optionally) country, and why it is listed. */
public record WatchlistEntry(String listName, String entryId, String name, String country, String reason) {
}
