package org.portcullis.casework.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.MigratedDatabase;

/** The outbox's acknowledgements over HTTP: any number of ids, only the carrier's own, each counted once. */
class NoticeRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final NoticeRepository notices = new NoticeRepository(database.jdbc());

    @Test
    void thousandsOfIdsAreAcknowledgedInSlicesAndOnlyTheCarriersOwnCount() {
        List<String> own = IntStream.range(0, 1_200).mapToObj(i -> "n-own-" + i).toList();
        own.forEach(id -> insert(id, "ACME"));
        insert("n-other", "BETA");
        List<String> asked = new ArrayList<>(own);
        asked.add("n-other");
        asked.add("n-own-7");

        assertThat(notices.acknowledge("ACME", asked, NOW)).isEqualTo(1_200);
        assertThat(notices.acknowledge("ACME", asked, NOW)).isZero();
        assertThat(database.jdbc().sql("select count(*) from notice where acknowledged_at is null")
                .query(Integer.class).single()).isEqualTo(1);
    }

    private void insert(String noticeId, String carrierId) {
        database.jdbc().sql("insert into notice (notice_id, carrier_id, notice_type, body, syntax, created_at) "
                + "values (?, ?, 'ACCEPTED', '{}', 'JSON', ?)").params(noticeId, carrierId, NOW.atOffset(
                java.time.ZoneOffset.UTC)).update();
    }
}
