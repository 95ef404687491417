package org.portcullis.rules.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.portcullis.model.assessment.WatchlistVersion;

/**
 * Listed persons, screened by name (tolerating transliteration, word order, missing parts and typos; every name an
 * entry is listed under counts, aliases too) and confirmed by date of birth or travel document number
 * ({@link PersonMatching} says how). Each list's version travels with its hits.
 */
public final class PersonWatchlist {

    public static final double NAME_THRESHOLD = PersonMatching.NAME_THRESHOLD;
    private static final int CANDIDATES = 10;

    private final List<PersonWatchlistEntry> entries;
    private final Map<String, WatchlistVersion> versions;
    private final ListedNames names;
    private final ScreeningIndex index;

    public PersonWatchlist(List<PersonWatchlistEntry> entries) {
        this(entries, Map.of());
    }

    /** The entries, with the version of each list by its name. */
    public PersonWatchlist(List<PersonWatchlistEntry> entries, Map<String, WatchlistVersion> versions) {
        this.entries = List.copyOf(entries);
        this.versions = Map.copyOf(versions);
        this.names = new ListedNames(this.entries.size(), i -> this.entries.get(i).names(), Names::personWords);
        this.index = new ScreeningIndex(() -> names.rows().mapToObj(row -> {
            PersonWatchlistEntry entry = this.entries.get(names.entryOf(row));
            return new ScreeningIndex.Subject(row, names.words(row), entry.datesOfBirth(),
                    entry.documentNumbers().stream().map(DocumentNumbers::normalise)
                            .filter(Objects::nonNull).toList());
        }).iterator());
    }

    public static PersonWatchlist empty() {
        return new PersonWatchlist(List.of());
    }

    public int size() {
        return entries.size();
    }

    /** The version of each list, by list name. */
    public Map<String, WatchlistVersion> versions() {
        return versions;
    }

    public List<WatchlistHit<PersonWatchlistEntry>> screen(ScreenedPerson person) {
        if (entries.isEmpty() || person.words().isEmpty()) {
            return List.of();
        }
        String birth = person.dateOfBirth() == null ? null : person.dateOfBirth().toString();
        Set<Integer> candidates = new LinkedHashSet<>();
        for (int row : index.candidates(person.words(), birth, person.documentNumber(), CANDIDATES)) {
            candidates.add(names.entryOf(row));
        }
        List<WatchlistHit<PersonWatchlistEntry>> hits = new ArrayList<>();
        for (int ordinal : candidates) {
            PersonWatchlistEntry entry = entries.get(ordinal);
            ListedNames.Best best = names.best(ordinal, person.words());
            WatchlistHit<PersonWatchlistEntry> hit = PersonMatching.compare(person, birth, entry, best.score(),
                    best.name(), versions.get(entry.listName()));
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }
}
