package org.portcullis.rules.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.portcullis.model.assessment.MatchStrength;

/**
 * Listed parties, screened by name (legal forms, word order, accents and typos aside): a party matches an entry
 * when the names are alike ({@value #NAME_THRESHOLD} or more) and, where both give a country, the countries agree
 * (CONFIRMED; POSSIBLE when either gives none).
 */
public final class PartyWatchlist {

    public static final double NAME_THRESHOLD = 0.90;
    private static final int CANDIDATES = 10;

    private final List<WatchlistEntry> entries;
    private final List<List<String>> words;
    private final ScreeningIndex index;

    public PartyWatchlist(List<WatchlistEntry> entries) {
        this.entries = List.copyOf(entries);
        this.words = this.entries.stream().map(entry -> Names.partyWords(entry.name())).toList();
        this.index = new ScreeningIndex(() -> IntStream.range(0, this.entries.size())
                .mapToObj(i -> new ScreeningIndex.Subject(i, words.get(i), null, null)).iterator());
    }

    public static PartyWatchlist empty() {
        return new PartyWatchlist(List.of());
    }

    public int size() {
        return entries.size();
    }

    public List<WatchlistHit<WatchlistEntry>> screen(String name, String country) {
        List<String> partyWords = Names.partyWords(name);
        if (entries.isEmpty() || partyWords.isEmpty()) {
            return List.of();
        }
        List<WatchlistHit<WatchlistEntry>> hits = new ArrayList<>();
        for (int ordinal : index.candidates(partyWords, null, null, CANDIDATES)) {
            WatchlistEntry entry = entries.get(ordinal);
            double score = NameSimilarity.score(partyWords, words.get(ordinal));
            boolean bothCountries = entry.country() != null && country != null;
            if (score < NAME_THRESHOLD || bothCountries && !entry.country().equals(country)) {
                continue;
            }
            String explanation = String.format(Locale.ROOT, "name '%s' is like listed '%s' (similarity %.2f)%s",
                    name, entry.name(), score, bothCountries ? "; country " + country + " agrees" : "");
            hits.add(new WatchlistHit<>(entry, bothCountries ? MatchStrength.CONFIRMED : MatchStrength.POSSIBLE,
                    score, explanation));
        }
        return hits;
    }
}
