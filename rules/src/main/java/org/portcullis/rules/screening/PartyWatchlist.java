package org.portcullis.rules.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.WatchlistVersion;

/**
 * Listed parties, screened by name (legal forms, word order, accents and typos aside; aliases count): a party
 * matches an entry when the names are alike ({@value #NAME_THRESHOLD} or more) and, where both give a country, the
 * countries agree (CONFIRMED; POSSIBLE when either gives none). Each list's version travels with its hits.
 */
public final class PartyWatchlist {

    public static final double NAME_THRESHOLD = 0.90;
    private static final int CANDIDATES = 10;

    private final List<WatchlistEntry> entries;
    private final Map<String, WatchlistVersion> versions;
    private final ListedNames names;
    private final ScreeningIndex index;

    public PartyWatchlist(List<WatchlistEntry> entries) {
        this(entries, Map.of());
    }

    public PartyWatchlist(List<WatchlistEntry> entries, Map<String, WatchlistVersion> versions) {
        this.entries = List.copyOf(entries);
        this.versions = Map.copyOf(versions);
        this.names = new ListedNames(this.entries.size(), i -> this.entries.get(i).names(), Names::partyWords);
        this.index = new ScreeningIndex(() -> names.rows()
                .mapToObj(row -> new ScreeningIndex.Subject(row, names.words(row), List.of(), List.of())).iterator());
    }

    public static PartyWatchlist empty() {
        return new PartyWatchlist(List.of());
    }

    public int size() {
        return entries.size();
    }

    public Map<String, WatchlistVersion> versions() {
        return versions;
    }

    public List<WatchlistHit<WatchlistEntry>> screen(String name, String country) {
        return screen(name, Names.partyWords(name), country);
    }

    /** As {@link #screen(String, String)}, with the name's words ({@link Names#partyWords}) reduced already. */
    public List<WatchlistHit<WatchlistEntry>> screen(String name, List<String> partyWords, String country) {
        if (entries.isEmpty() || partyWords.isEmpty()) {
            return List.of();
        }
        Set<Integer> candidates = new LinkedHashSet<>();
        for (int row : index.candidates(partyWords, null, null, CANDIDATES)) {
            candidates.add(names.entryOf(row));
        }
        List<WatchlistHit<WatchlistEntry>> hits = new ArrayList<>();
        for (int ordinal : candidates) {
            WatchlistEntry entry = entries.get(ordinal);
            ListedNames.Best best = names.best(ordinal, partyWords);
            boolean bothCountries = entry.country() != null && country != null;
            if (best.score() < NAME_THRESHOLD || bothCountries && !entry.country().equals(country)) {
                continue;
            }
            String asListed = best.name().equals(entry.name()) ? "'" + best.name() + "'"
                    : "'" + best.name() + "' (a name of '" + entry.name() + "')";
            String explanation = String.format(Locale.ROOT, "name '%s' is like listed %s (similarity %.2f)%s",
                    name, asListed, best.score(), bothCountries ? "; country " + country + " agrees" : "");
            hits.add(new WatchlistHit<>(entry, bothCountries ? MatchStrength.CONFIRMED : MatchStrength.POSSIBLE,
                    best.score(), explanation, versions.get(entry.listName())));
        }
        return hits;
    }
}
