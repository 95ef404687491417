package org.portcullis.rules.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.rules.screening.Names;
import org.portcullis.rules.screening.PersonWatchlist;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.ScreenedPerson;
import org.portcullis.rules.screening.WatchlistHit;

/**
 * Screening a 9,000-person cruise manifest against a generated 1,000,000-entry persons watchlist. Of the
 * manifest, 450 persons are labelled variants of listed persons (transliteration, word order, a missing part,
 * typos); recall is the share of them matched to their entry, precision the share of all matches that are right.
 * Run with {@code mvn -B -pl rules -am -Pbench verify}; figures go to the log and target/benchmark/rules.txt.
 */
class ScreeningBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.watchlist", 1_000_000);
    private static final int MANIFEST = 9_000;
    private static final int LISTED_ON_BOARD = 450;
    private static final int ROUNDS = 5;

    @Test
    void screenCruiseManifestAgainstMillionEntryWatchlist() {
        SyntheticPeople people = new SyntheticPeople(20261129L);
        List<SyntheticPeople.Someone> listed = new ArrayList<>(ENTRIES);
        List<PersonWatchlistEntry> entries = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            SyntheticPeople.Someone someone = people.someone();
            listed.add(someone);
            entries.add(new PersonWatchlistEntry("bench", "E" + i, someone.fullName(),
                    people.chance(90) ? someone.birth().toString() : null, someone.nationality(),
                    people.chance(30) ? someone.document() : null, "generated"));
        }
        long start = System.nanoTime();
        PersonWatchlist watchlist = new PersonWatchlist(entries);
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);

        List<ScreenedPerson> manifest = new ArrayList<>(MANIFEST);
        Map<Integer, String> truth = new HashMap<>();
        Map<String, Integer> changeCounts = new HashMap<>();
        for (int i = 0; i < MANIFEST; i++) {
            if (i % (MANIFEST / LISTED_ON_BOARD) == 0) {
                int entry = people.nextInt(ENTRIES);
                List<String> changes = new ArrayList<>();
                SyntheticPeople.Someone variant = people.variant(listed.get(entry), changes);
                changes.forEach(change -> changeCounts.merge(change, 1, Integer::sum));
                manifest.add(screened(variant));
                truth.put(i, "E" + entry);
            } else {
                manifest.add(screened(people.someone()));
            }
        }

        long[] sequential = new long[ROUNDS];
        long[] sequentialCpu = new long[ROUNDS];
        long[] parallel = new long[ROUNDS];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<List<WatchlistHit<PersonWatchlistEntry>>> hits = null;
        for (int round = 0; round < ROUNDS; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            hits = manifest.stream().map(watchlist::screen).toList();
            sequential[round] = System.nanoTime() - t0;
            sequentialCpu[round] = threads.getCurrentThreadCpuTime() - cpu0;
            long t1 = System.nanoTime();
            IntStream.range(0, MANIFEST).parallel().mapToObj(i -> watchlist.screen(manifest.get(i))).toList();
            parallel[round] = System.nanoTime() - t1;
        }

        int truePositives = 0;
        int reported = 0;
        int confirmedReported = 0;
        int confirmedTrue = 0;
        for (int i = 0; i < MANIFEST; i++) {
            String expected = truth.get(i);
            for (WatchlistHit<PersonWatchlistEntry> hit : hits.get(i)) {
                reported++;
                boolean right = hit.entry().entryId().equals(expected);
                if (hit.strength() == MatchStrength.CONFIRMED) {
                    confirmedReported++;
                    confirmedTrue += right ? 1 : 0;
                }
            }
            if (expected != null && hits.get(i).stream().anyMatch(hit -> hit.entry().entryId().equals(expected))) {
                truePositives++;
            }
        }
        int rightMatches = 0;
        int examples = 0;
        for (int i = 0; i < MANIFEST; i++) {
            String expected = truth.get(i);
            rightMatches += (int) hits.get(i).stream().filter(hit -> hit.entry().entryId().equals(expected)).count();
            for (WatchlistHit<PersonWatchlistEntry> hit : hits.get(i)) {
                if (!hit.entry().entryId().equals(expected) && examples++ < 8) {
                    BenchmarkReport.line("Screening: wrong match %s %s: %s", hit.strength(), manifest.get(i)
                            .dateOfBirth(), hit.explanation());
                }
            }
            if (expected != null && hits.get(i).stream().noneMatch(hit -> hit.entry().entryId().equals(expected))) {
                BenchmarkReport.line("Screening: missed %s %s for %s", String.join(" ", manifest.get(i).words()),
                        manifest.get(i).dateOfBirth(), entries.get(Integer.parseInt(expected.substring(1))));
            }
        }
        BenchmarkReport.line("Screening: %,d watchlist entries indexed in %.1f s (heap in use after: %,d MB)",
                ENTRIES, indexSeconds, usedMb);
        BenchmarkReport.line("Screening: %,d persons (%d listed, variants %s): one thread median %.0f ms (max %.0f,"
                + " CPU median %.0f ms), two threads median %.0f ms (max %.0f)", MANIFEST, truth.size(), changeCounts,
                BenchmarkReport.median(sequential), BenchmarkReport.max(sequential),
                BenchmarkReport.median(sequentialCpu),
                BenchmarkReport.median(parallel), BenchmarkReport.max(parallel));
        BenchmarkReport.line("Screening: recall %.3f (%d of %d listed persons matched to their entry); precision"
                + " %.3f (%d of %d matches right); confirmed matches %d, of them right %d (precision %.3f)",
                truePositives / (double) truth.size(), truePositives, truth.size(),
                reported == 0 ? 0 : rightMatches / (double) reported, rightMatches, reported, confirmedReported,
                confirmedTrue, confirmedReported == 0 ? 0 : confirmedTrue / (double) confirmedReported);
    }

    private static ScreenedPerson screened(SyntheticPeople.Someone someone) {
        return new ScreenedPerson(Names.personWords(someone.given(), someone.family()), someone.birth(),
                someone.nationality(), someone.document());
    }
}
