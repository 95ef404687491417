package org.portcullis.rules.screening;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Listed parties, looked up by name key: a party matches an entry when their names give the same key and, where
 * both give a country, the countries agree.
 */
public class PartyWatchlist {

    private final Map<String, List<WatchlistEntry>> entriesByKey;
    private final int size;

    public PartyWatchlist(List<WatchlistEntry> entries) {
        this.entriesByKey = entries.stream().collect(Collectors.groupingBy(entry -> NameKey.of(entry.name())));
        this.size = entries.size();
    }

    public static PartyWatchlist empty() {
        return new PartyWatchlist(List.of());
    }

    public List<WatchlistEntry> matches(String name, String country) {
        return entriesByKey.getOrDefault(NameKey.of(name), List.of()).stream()
                .filter(entry -> entry.country() == null || country == null || entry.country().equals(country))
                .toList();
    }

    public int size() {
        return size;
    }
}
