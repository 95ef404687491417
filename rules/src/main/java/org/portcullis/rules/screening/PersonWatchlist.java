package org.portcullis.rules.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.portcullis.model.assessment.MatchStrength;

/**
 * Listed persons, screened by name (tolerating transliteration, word order, missing parts and typos) and confirmed
 * by date of birth or travel document number. A person matches an entry CONFIRMED when the names are alike
 * ({@value #NAME_THRESHOLD} or more) and the date of birth agrees, or when the document number agrees and the names
 * are not far apart ({@value #NAME_THRESHOLD_WITH_DOCUMENT} or more). When the list gives no date of birth (or only
 * the year) the match is POSSIBLE, and as nothing confirms it the names must be closer
 * ({@value #NAME_THRESHOLD_UNCONFIRMED} or more) and a listed nationality must agree. A date of birth that agrees
 * while the nationalities differ confirms nothing either: POSSIBLE, for the closer names only. A date of birth that
 * differs rules the entry out.
 */
public final class PersonWatchlist {

    public static final double NAME_THRESHOLD = 0.88;
    static final double NAME_THRESHOLD_UNCONFIRMED = 0.92;
    static final double NAME_THRESHOLD_WITH_DOCUMENT = 0.75;
    private static final int CANDIDATES = 10;

    private final List<PersonWatchlistEntry> entries;
    private final List<List<String>> words;
    private final ScreeningIndex index;

    public PersonWatchlist(List<PersonWatchlistEntry> entries) {
        this.entries = List.copyOf(entries);
        this.words = this.entries.stream().map(entry -> Names.personWords(entry.name())).toList();
        this.index = new ScreeningIndex(() -> IntStream.range(0, this.entries.size())
                .mapToObj(i -> new ScreeningIndex.Subject(i, words.get(i), this.entries.get(i).dateOfBirth(),
                        DocumentNumbers.normalise(this.entries.get(i).documentNumber())))
                .iterator());
    }

    public static PersonWatchlist empty() {
        return new PersonWatchlist(List.of());
    }

    public int size() {
        return entries.size();
    }

    public List<WatchlistHit<PersonWatchlistEntry>> screen(ScreenedPerson person) {
        if (entries.isEmpty() || person.words().isEmpty()) {
            return List.of();
        }
        String birth = person.dateOfBirth() == null ? null : person.dateOfBirth().toString();
        List<WatchlistHit<PersonWatchlistEntry>> hits = new ArrayList<>();
        for (int ordinal : index.candidates(person.words(), birth, person.documentNumber(), CANDIDATES)) {
            WatchlistHit<PersonWatchlistEntry> hit = compare(person, birth, ordinal);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private WatchlistHit<PersonWatchlistEntry> compare(ScreenedPerson person, String birth, int ordinal) {
        PersonWatchlistEntry entry = entries.get(ordinal);
        double score = NameSimilarity.score(person.words(), words.get(ordinal));
        String listedDocument = DocumentNumbers.normalise(entry.documentNumber());
        String names = String.format(Locale.ROOT, "name '%s' is like listed '%s' (similarity %.2f)",
                String.join(" ", person.words()), entry.name(), score);
        if (listedDocument != null && listedDocument.equals(person.documentNumber())
                && score >= NAME_THRESHOLD_WITH_DOCUMENT) {
            return new WatchlistHit<>(entry, MatchStrength.CONFIRMED, score,
                    names + "; document number " + listedDocument + " agrees");
        }
        if (score < NAME_THRESHOLD) {
            return null;
        }
        String listedBirth = entry.dateOfBirth();
        if (listedBirth == null || birth == null || listedBirth.length() == 4) {
            if (score < NAME_THRESHOLD_UNCONFIRMED) {
                return null;
            }
        }
        if (listedBirth == null || birth == null) {
            if (entry.nationality() != null && person.nationality() != null
                    && !entry.nationality().equals(person.nationality())) {
                return null;
            }
            return new WatchlistHit<>(entry, MatchStrength.POSSIBLE, score,
                    names + "; no date of birth to confirm");
        }
        if (listedBirth.length() == 4) {
            return birth.startsWith(listedBirth) ? new WatchlistHit<>(entry, MatchStrength.POSSIBLE, score,
                    names + "; year of birth " + listedBirth + " agrees, the list gives no full date") : null;
        }
        if (!listedBirth.equals(birth)) {
            return null;
        }
        if (entry.nationality() != null && person.nationality() != null
                && !entry.nationality().equals(person.nationality())) {
            return score < NAME_THRESHOLD_UNCONFIRMED ? null : new WatchlistHit<>(entry, MatchStrength.POSSIBLE,
                    score, names + "; date of birth " + birth + " agrees but nationality " + person.nationality()
                    + " is not the listed " + entry.nationality());
        }
        return new WatchlistHit<>(entry, MatchStrength.CONFIRMED, score, names + "; date of birth " + birth
                + " agrees");
    }
}
