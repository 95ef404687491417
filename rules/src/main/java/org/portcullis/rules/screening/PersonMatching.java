package org.portcullis.rules.screening;

import java.util.List;
import java.util.Locale;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.WatchlistVersion;

/**
 * When a screened person matches a listed entry. CONFIRMED when the names are alike ({@value #NAME_THRESHOLD} or
 * more) and a listed date of birth agrees, or when a listed document number agrees and the names are not far apart
 * ({@value #NAME_THRESHOLD_WITH_DOCUMENT} or more). When the list gives no date of birth (or only years) the match is
 * POSSIBLE, and as nothing confirms it the names must be closer ({@value #NAME_THRESHOLD_UNCONFIRMED} or more) and a
 * listed nationality must agree. A date of birth that agrees while the nationalities differ confirms nothing either:
 * POSSIBLE, for the closer names only. Listed dates of birth that all differ rule the entry out.
 */
final class PersonMatching {

    static final double NAME_THRESHOLD = 0.88;
    static final double NAME_THRESHOLD_UNCONFIRMED = 0.92;
    static final double NAME_THRESHOLD_WITH_DOCUMENT = 0.75;

    private PersonMatching() {
    }

    static WatchlistHit<PersonWatchlistEntry> compare(ScreenedPerson person, String birth, PersonWatchlistEntry entry,
            double score, String listedName, WatchlistVersion version) {
        String asListed = listedName.equals(entry.name()) ? "'" + listedName + "'"
                : "'" + listedName + "' (a name of '" + entry.name() + "')";
        String names = String.format(Locale.ROOT, "name '%s' is like listed %s (similarity %.2f)",
                String.join(" ", person.words()), asListed, score);
        String document = entry.documentNumbers().stream().map(DocumentNumbers::normalise)
                .filter(number -> number != null && number.equals(person.documentNumber())).findFirst().orElse(null);
        if (document != null && score >= NAME_THRESHOLD_WITH_DOCUMENT) {
            return hit(entry, MatchStrength.CONFIRMED, score, names + "; document number " + document + " agrees",
                    version);
        }
        if (score < NAME_THRESHOLD) {
            return null;
        }
        List<String> full = entry.datesOfBirth().stream().filter(date -> date.length() > 4).toList();
        List<String> years = entry.datesOfBirth().stream().filter(date -> date.length() == 4).toList();
        boolean nationalityDiffers = !entry.nationalities().isEmpty() && person.nationality() != null
                && !entry.nationalities().contains(person.nationality());
        if (birth == null || full.isEmpty() && years.isEmpty()) {
            if (score < NAME_THRESHOLD_UNCONFIRMED || nationalityDiffers) {
                return null;
            }
            return hit(entry, MatchStrength.POSSIBLE, score, names + "; no date of birth to confirm", version);
        }
        if (full.contains(birth)) {
            if (nationalityDiffers) {
                return score < NAME_THRESHOLD_UNCONFIRMED ? null : hit(entry, MatchStrength.POSSIBLE, score,
                        names + "; date of birth " + birth + " agrees but nationality " + person.nationality()
                        + " is not the listed " + String.join(", ", entry.nationalities()), version);
            }
            return hit(entry, MatchStrength.CONFIRMED, score, names + "; date of birth " + birth + " agrees",
                    version);
        }
        String year = birth.substring(0, 4);
        if (years.contains(year) && score >= NAME_THRESHOLD_UNCONFIRMED) {
            return hit(entry, MatchStrength.POSSIBLE, score, names + "; year of birth " + year
                    + " agrees, the list gives no full date", version);
        }
        return null;
    }

    private static WatchlistHit<PersonWatchlistEntry> hit(PersonWatchlistEntry entry, MatchStrength strength,
            double score, String explanation, WatchlistVersion version) {
        return new WatchlistHit<>(entry, strength, score, explanation, version);
    }
}
