package org.portcullis.rules.screening.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.rules.screening.Names;
import org.portcullis.rules.screening.PersonWatchlist;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.ScreenedPerson;
import org.portcullis.rules.screening.WatchlistHit;

/**
 * Screens every candidate of the labelled set against one watchlist of all its listed persons, as a filing would be
 * screened: recall is the share of same-person pairs matched to their entry; precision the share of all matches
 * reported (to any entry) that are a same-person pair's own entry.
 */
public record ScreeningQuality(int pairs, int samePerson, int found, int reported, int right, int confirmedReported,
        int confirmedRight, Map<String, int[]> byKind, List<String> missed, List<String> wrong) {

    public double recall() {
        return samePerson == 0 ? 0 : found / (double) samePerson;
    }

    public double precision() {
        return reported == 0 ? 1 : right / (double) reported;
    }

    public double confirmedPrecision() {
        return confirmedReported == 0 ? 1 : confirmedRight / (double) confirmedReported;
    }

    public static ScreeningQuality of(List<LabelledPair> pairs) {
        List<PersonWatchlistEntry> entries = new ArrayList<>();
        for (LabelledPair pair : pairs) {
            entries.add(new PersonWatchlistEntry("quality", pair.pairId(), pair.listedName(), pair.listedBirth(), null,
                    null, pair.kind()));
        }
        PersonWatchlist watchlist = new PersonWatchlist(entries);
        int samePerson = 0;
        int found = 0;
        int reported = 0;
        int right = 0;
        int confirmedReported = 0;
        int confirmedRight = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (LabelledPair pair : pairs) {
            List<WatchlistHit<PersonWatchlistEntry>> hits = watchlist.screen(new ScreenedPerson(
                    Names.personWords(pair.candidateGiven(), pair.candidateFamily()),
                    LocalDate.parse(pair.candidateBirth()), null, null));
            boolean matchedOwn = hits.stream().anyMatch(hit -> hit.entry().entryId().equals(pair.pairId()));
            int[] kind = byKind.computeIfAbsent(pair.kind(), k -> new int[3]);
            kind[0]++;
            if (pair.match() && !matchedOwn) {
                missed.add(pair.kind() + ": '" + pair.candidateGiven() + " " + pair.candidateFamily() + "' born "
                        + pair.candidateBirth() + " not matched to listed '" + pair.listedName() + "' born "
                        + (pair.listedBirth() == null ? "(not listed)" : pair.listedBirth()));
            }
            if (pair.match()) {
                samePerson++;
                found += matchedOwn ? 1 : 0;
                kind[1] += matchedOwn ? 1 : 0;
            } else {
                kind[2] += matchedOwn ? 1 : 0;
            }
            for (WatchlistHit<PersonWatchlistEntry> hit : hits) {
                boolean isRight = pair.match() && hit.entry().entryId().equals(pair.pairId());
                if (!isRight) {
                    wrong.add(pair.kind() + ": " + hit.strength() + " " + hit.explanation() + " (listed born "
                            + String.join(", ", hit.entry().datesOfBirth()) + ")");
                }
                reported++;
                right += isRight ? 1 : 0;
                if (hit.strength() == MatchStrength.CONFIRMED) {
                    confirmedReported++;
                    confirmedRight += isRight ? 1 : 0;
                }
            }
        }
        return new ScreeningQuality(pairs.size(), samePerson, found, reported, right, confirmedReported,
                confirmedRight, byKind, missed, wrong);
    }
}
