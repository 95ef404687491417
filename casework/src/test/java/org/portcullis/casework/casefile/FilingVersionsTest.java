package org.portcullis.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.cases.CaseHistoryRepository.FilingVersion;

/** What an amendment changed, as the case file shows it, worked out once for the same pair of documents. */
class FilingVersionsTest {

    private final FilingVersions versions = new FilingVersions();

    @Test
    void anAmendmentShowsWhatChangedWithPointerOldAndNewValue() {
        List<FilingVersions.Version> read = versions.of(List.of(version(1, "{\"vessel\":{\"name\":\"AURORA\"}}"),
                version(2, "{\"vessel\":{\"name\":\"AURORA II\"},\"crew\":[]}")));

        assertThat(read.get(0).changes()).isEmpty();
        assertThat(read.get(1).changes()).extracting(FilingVersions.Change::kind, FilingVersions.Change::pointer,
                FilingVersions.Change::before, FilingVersions.Change::after).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(FilingVersions.Change.Kind.REPLACE, "/vessel/name", "AURORA",
                        "AURORA II"),
                org.assertj.core.groups.Tuple.tuple(FilingVersions.Change.Kind.ADD, "/crew", null, "[]"));
    }

    @Test
    void theChangesOfAPairReadAgainAreTheOnesWorkedOutBefore() {
        List<FilingVersion> stored = List.of(version(1, "{\"a\":1}"), version(2, "{\"a\":2}"));

        List<FilingVersions.Change> first = versions.of(stored).get(1).changes();
        List<FilingVersions.Change> again = versions.of(stored).get(1).changes();

        assertThat(again).isSameAs(first);
    }

    private static FilingVersion version(int number, String document) {
        return new FilingVersion(number, "m-" + number, number == 1 ? "ORIGINAL" : "AMENDMENT",
                Instant.parse("2026-12-01T10:00:00Z").plusSeconds(number), document);
    }
}
