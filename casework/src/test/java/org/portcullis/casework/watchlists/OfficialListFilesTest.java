package org.portcullis.casework.watchlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.casework.rules.NodeName;
import org.portcullis.rules.watchlist.OfficialWatchlists;
import org.portcullis.rules.watchlist.WatchlistSnapshot;

/**
 * The official lists of the demo (config/watchlists) served from their files: all three at start, a broken file
 * refused with its line while the list it would replace keeps serving, a good change served at the next look.
 */
class OfficialListFilesTest {

    private static final Path DEMO = Path.of("..", "config", "watchlists");
    private static final Path BROKEN = Path.of("..", "rules", "src", "test", "resources", "watchlists");

    @TempDir
    Path directory;

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final ListImports imports = new ListImports(database.jdbc());
    private final OfficialWatchlists lists = new OfficialWatchlists();

    @Test
    void servesTheThreeListsAtStartAndRecordsEachImport() throws IOException {
        OfficialListFiles files = files();

        files.importAtStart();

        WatchlistSnapshot serving = lists.current();
        assertThat(serving.versions()).containsOnlyKeys("un-consolidated", "eu-fsf", "ofac-sdn");
        assertThat(serving.persons().size()).isPositive();
        assertThat(imports.latest(10)).hasSize(3).allMatch(ListImport::accepted);
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndTheListServingStays() throws IOException {
        OfficialListFiles files = files();
        files.importAtStart();
        var before = lists.current().versions().get("un-consolidated");

        replace("un-consolidated.xml", Files.readAllBytes(BROKEN.resolve("un-broken-date.xml")), 1);
        files.check();

        assertThat(lists.current().versions().get("un-consolidated")).isEqualTo(before);
        ListImport refused = imports.latest(1).get(0);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.where()).startsWith("un-consolidated.xml:").matches("un-consolidated.xml:\\d+(:\\d+)?");
        assertThat(refused.problem()).contains("date of birth");

        files.check();
        assertThat(imports.latest(10)).hasSize(4);
    }

    @Test
    void aChangedFileServesAtTheNextLook() throws IOException {
        OfficialListFiles files = files();
        files.importAtStart();
        var before = lists.current().versions().get("ofac-sdn");

        String changed = Files.readString(directory.resolve("ofac-sdn.xml"))
                .replace("<lastName>MENDOZA RIVAS</lastName>", "<lastName>MENDOZA RIVERA</lastName>");
        replace("ofac-sdn.xml", changed.getBytes(), 2);
        files.check();

        assertThat(lists.current().versions().get("ofac-sdn")).isNotEqualTo(before);
        assertThat(imports.latest(1).get(0).accepted()).isTrue();
    }

    @Test
    void aMissingFileIsReportedOnceAndTheOtherListsServe() throws IOException {
        OfficialListFiles files = files();
        Files.delete(directory.resolve("eu-fsf.xml"));

        files.importAtStart();
        files.check();

        assertThat(lists.current().versions()).containsOnlyKeys("un-consolidated", "ofac-sdn");
        assertThat(imports.latest(10)).filteredOn(done -> !done.accepted()).singleElement()
                .satisfies(done -> assertThat(done.problem()).contains("cannot be read"));
    }

    private OfficialListFiles files() throws IOException {
        for (String name : new String[] {"un-consolidated.xml", "eu-fsf.xml", "ofac-sdn.xml"}) {
            Files.copy(DEMO.resolve(name), directory.resolve(name));
        }
        WatchlistsProperties properties = new WatchlistsProperties(
                directory.resolve("un-consolidated.xml").toString(), directory.resolve("eu-fsf.xml").toString(),
                directory.resolve("ofac-sdn.xml").toString(), Duration.ofSeconds(1), Duration.ofHours(24));
        return new OfficialListFiles(lists, properties, imports, new NodeName(),
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    }

    /** Writes the file anew with a modification time of its own, as an operator dropping a new file would. */
    private void replace(String name, byte[] content, int minutesLater) throws IOException {
        Path file = directory.resolve(name);
        FileTime before = Files.getLastModifiedTime(file);
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(60L * minutesLater)));
    }
}
