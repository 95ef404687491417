package org.portcullis.rules.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portcullis.rules.watchlist.OfficialListImportTest.file;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.rules.screening.Names;
import org.portcullis.rules.screening.ScreenedPerson;

/** A refresh swaps the whole snapshot in one step; a file that fails leaves the serving lists as they were. */
class OfficialWatchlistsTest {

    private final OfficialWatchlists lists = new OfficialWatchlists();

    @Test
    void aRefreshPutsEveryListLiveWithItsVersion() {
        WatchlistSnapshot snapshot = lists.refresh(file(ListFormat.UN_CONSOLIDATED, "un-consolidated.xml"),
                file(ListFormat.EU_FSF, "eu-fsf.xml"), file(ListFormat.OFAC_SDN, "ofac-sdn.xml"));

        assertThat(lists.current()).isSameAs(snapshot);
        assertThat(snapshot.versions()).containsOnlyKeys("un-consolidated", "eu-fsf", "ofac-sdn");
        assertThat(snapshot.persons().size()).isEqualTo(4);
        assertThat(snapshot.parties().size()).isEqualTo(3);
        var hits = snapshot.persons().screen(new ScreenedPerson(Names.personWords("Ivan", "Sydorenko"),
                LocalDate.of(1968, 4, 21), "RU", null));
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.entry().entryId()).isEqualTo("XXi.001");
            assertThat(hit.listVersion()).isEqualTo(snapshot.versions().get("un-consolidated"));
            assertThat(hit.explanation()).contains("(a name of 'IVAN PETROVICH SIDORENKO')");
        });
    }

    @Test
    void aFileThatFailsLeavesTheServingListsAsTheyWere() {
        WatchlistSnapshot serving = lists.refresh(file(ListFormat.UN_CONSOLIDATED, "un-consolidated.xml"));

        assertThatThrownBy(() -> lists.refresh(file(ListFormat.OFAC_SDN, "ofac-sdn.xml"),
                file(ListFormat.UN_CONSOLIDATED, "un-broken-tag.xml"))).isInstanceOf(WatchlistImportException.class);

        assertThat(lists.current()).isSameAs(serving);
        assertThat(lists.current().versions()).containsOnlyKeys("un-consolidated");
    }

    @Test
    void aSnapshotTakenBeforeARefreshStaysWhole() {
        WatchlistSnapshot before = lists.refresh(file(ListFormat.UN_CONSOLIDATED, "un-consolidated.xml"));

        WatchlistSnapshot after = lists.refresh(file(ListFormat.OFAC_SDN, "ofac-sdn.xml"));

        assertThat(before.versions()).containsOnlyKeys("un-consolidated");
        assertThat(before.persons().size()).isEqualTo(2);
        assertThat(after.versions()).containsOnlyKeys("un-consolidated", "ofac-sdn");
        assertThat(after.versions().get("un-consolidated")).isEqualTo(before.versions().get("un-consolidated"));
    }

    @Test
    void aNewFileOfAListReplacesItsOldVersion() {
        lists.refresh(file(ListFormat.UN_CONSOLIDATED, "un-consolidated.xml"));
        ListFile newer = new ListFile(ListFormat.UN_CONSOLIDATED, "un-newer.xml", new String(
                file(ListFormat.UN_CONSOLIDATED, "un-consolidated.xml").content(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("2026-11-30T23:00:03.428Z", "2026-12-01T23:00:02.001Z")
                .replace("<REFERENCE_NUMBER>XXi.002</REFERENCE_NUMBER>", "<REFERENCE_NUMBER>XXi.003</REFERENCE_NUMBER>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        WatchlistSnapshot snapshot = lists.refresh(newer);

        assertThat(snapshot.lists()).singleElement().satisfies(list -> {
            assertThat(list.version().publishedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(list.persons()).extracting(entry -> entry.entryId()).containsExactly("XXi.001", "XXi.003");
        });
        assertThat(List.copyOf(snapshot.versions().values())).hasSize(1);
    }
}
