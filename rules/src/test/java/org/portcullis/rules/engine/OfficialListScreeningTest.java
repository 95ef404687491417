package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.TestPersons.passenger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.filing.Filing;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.screening.RedressRecords;
import org.portcullis.rules.watchlist.ListFile;
import org.portcullis.rules.watchlist.ListFormat;
import org.portcullis.rules.watchlist.OfficialWatchlists;

/** Filings screened against the official lists: each match names the list version it came from. */
class OfficialListScreeningTest {

    private static final Path FILES = Path.of("src", "test", "resources", "watchlists");

    private final OfficialWatchlists lists = new OfficialWatchlists();
    private final DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()),
            RepositoryRuleSet.CLOCK, new DroolsFilingAssessor.Sources((keys, mrn) -> Set.copyOf(keys),
                    PersonHistory.NONE, RedressRecords.NONE, lists));

    private Assessment assess(Filing filing) {
        return assessor.assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.unselectedMrn(filing), filing,
                RepositoryRuleSet.PERSONS);
    }

    private static ListFile un(String dateGenerated) throws Exception {
        String xml = Files.readString(FILES.resolve("un-consolidated.xml"), StandardCharsets.UTF_8)
                .replace("2026-11-30T23:00:03.428Z", dateGenerated);
        return new ListFile(ListFormat.UN_CONSOLIDATED, "un-consolidated.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPassengerOnTheUnListIsHeldAndTheMatchRecordsTheListVersion() throws Exception {
        lists.refresh(un("2026-11-30T23:00:03.428Z"));
        var listed = passenger("Sidorenko", "Ivan Petrovich").born("1968-04-21").nationality("RU")
                .document("PASSPORT", "720011223", "RU", "2031-01-01");

        Assessment assessment = assess(TestPersons.filing(List.of(), TestPersons.build(listed)));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("PER-001");
        assertThat(assessment.screeningMatches()).singleElement().satisfies(match -> {
            assertThat(match.listName()).isEqualTo("un-consolidated");
            assertThat(match.entryId()).isEqualTo("XXi.001");
            assertThat(match.listVersion().publisher()).isEqualTo("UN Security Council");
            assertThat(match.listVersion().publishedOn()).hasToString("2026-11-30");
            assertThat(match.listVersion().contentHash())
                    .isEqualTo(lists.current().versions().get("un-consolidated").contentHash());
        });
    }

    @Test
    void aNameWrittenInCyrillicMatchesTheEuEntryThroughItsTransliteration() throws Exception {
        lists.refresh(new ListFile(ListFormat.EU_FSF, "eu-fsf.xml", Files.readAllBytes(FILES.resolve("eu-fsf.xml"))));
        var listed = passenger("Коваленко", "Олена").born("1982-09-30").nationality("UA")
                .document("PASSPORT", "FF000001", "UA", "2031-01-01");

        Assessment assessment = assess(TestPersons.filing(List.of(), TestPersons.build(listed)));

        assertThat(assessment.screeningMatches()).singleElement().satisfies(match -> {
            assertThat(match.entryId()).isEqualTo("EU.9901.01");
            assertThat(match.explanation()).contains("date of birth 1982-09-30 agrees");
        });
    }

    @Test
    void theRuleSetsOwnListsCarryTheirFileAndHash() {
        var listed = passenger("Sokolov", "Viktor Aleksandrovich").born("1971-03-14").nationality("RU");

        Assessment assessment = assess(TestPersons.filing(List.of(), TestPersons.build(listed)));

        assertThat(assessment.screeningMatches()).singleElement().satisfies(match -> {
            assertThat(match.listVersion().publisher())
                    .isEqualTo("rule set reference/watchlists/persons/persons-of-interest.csv");
            assertThat(match.listVersion().contentHash()).matches("[0-9a-f]{64}");
        });
    }

    @Test
    void everyFilingIsScreenedAgainstOneVersionOfAListWhileRefreshesSwapIt() throws Exception {
        List<ListFile> versions = List.of(un("2026-11-30T23:00:03.428Z"), un("2026-12-01T23:00:03.428Z"));
        lists.refresh(versions.get(0));
        List<TestPersons.Builder> listed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            listed.add(passenger("Sidorenko", "Ivan Petrovich").born("1968-04-21").nationality("RU")
                    .document("PASSPORT", "720011223", "RU", "2031-01-01"));
            listed.add(passenger("Qasim", "Abdul Rahman").born("1976-05-05").nationality("SY")
                    .document("PASSPORT", "S" + (1000 + i), "SY", "2031-01-01"));
        }
        Filing filing = TestPersons.filing(List.of(), TestPersons.build(listed.toArray(TestPersons.Builder[]::new)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Set<String>> hashesPerFiling = Collections.synchronizedList(new ArrayList<>());
        try {
            Future<?> refresher = pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    lists.refresh(versions.get(i % 2));
                }
            });
            Future<?> screener = pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    hashesPerFiling.add(assess(filing).screeningMatches().stream().map(ScreeningMatch::listVersion)
                            .map(version -> version.contentHash()).collect(Collectors.toSet()));
                }
            });
            refresher.get(60, TimeUnit.SECONDS);
            screener.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(hashesPerFiling).hasSize(20).allSatisfy(hashes -> assertThat(hashes).hasSize(1));
    }
}
