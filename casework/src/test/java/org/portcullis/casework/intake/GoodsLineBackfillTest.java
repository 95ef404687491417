package org.portcullis.casework.intake;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database of the release before goods lines were written with their version (migrations up to V42): the
 * dashboard had projected version 1 of a case, not versions 2 (a filing that reads) and 3 (one that does not).
 * Migration V43 queues the versions not projected, and the one-time backfill writes their goods lines.
 */
class GoodsLineBackfillTest {

    private static final String MRN = "26NL0000000000001X";

    private final MigratedDatabase database = MigratedDatabase.upTo("42");
    private final JdbcClient jdbc = database.jdbc();
    private final VersionBackfill backfill = new VersionBackfill("goods lines", "filing_goods_line_backfill",
            new FilingGoodsLines(database.batches())::insert, jdbc, new FilingDocuments(FilingJson.objectMapper()),
            database.transactions());

    @BeforeEach
    void versionsOfTheReleaseBefore() throws IOException {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-29T10:00:00Z");
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'ACME', 'LRN-1', 'REGISTERED', '9074729', 'VESSEL', 'NLRTM', ?, 1, 3, ?, ?)""")
                .params(MRN, at, at, at).update();
        List<String> documents = List.of("{\"projected\": true}",
                Files.readString(Samples.DIRECTORY.resolve("filing-green.json")), "not a filing");
        for (int version = 1; version <= documents.size(); version++) {
            jdbc.sql("""
                    insert into filing_version (mrn, version, message_id, message_function, document, received_at)
                    values (?, ?, ?, 'AMENDMENT', ?, ?)""")
                    .params(MRN, version, "message-" + version, documents.get(version - 1), at).update();
        }
        jdbc.sql("insert into filing_version_projected (mrn, version, projected_at) values (?, 1, ?)")
                .params(MRN, at).update();
        jdbc.sql("""
                insert into filing_goods_line (mrn, version, consignment_position, line_position, loading_country,
                    hs_chapter, gross_mass_kg) values (?, 1, 0, 0, 'IR', '93', 1200.5)""").param(MRN).update();
    }

    @Test
    void migrationQueuesTheVersionsTheDashboardHadNotProjectedAndKeepsTheLinesItHad() {
        database.migrateTo("43");

        assertThat(jdbc.sql("select version from filing_goods_line_backfill order by version").query(Integer.class)
                .list()).containsExactly(2, 3);
        assertThat(lines()).containsExactly("1 0/0 IR 93");
        assertThat(columns("filing_goods_line")).doesNotContain("gross_mass_kg").contains("hs_chapter");
        assertThat(columns("filing_version_projected")).isEmpty();
    }

    @Test
    void backfillWritesTheGoodsLinesOfTheQueuedVersionsOnceAndPassesOverADocumentThatDoesNotRead() {
        database.migrateTo("latest"); // the application runs the backfill with every migration applied

        assertThat(backfill.run()).isEqualTo(2);

        assertThat(lines()).containsExactly("1 0/0 IR 93", "2 0/0 CN 94", "2 0/1 CN 85", "2 1/0 CN 63");
        assertThat(jdbc.sql("select count(*) from filing_goods_line_backfill").query(Integer.class).single()).isZero();
        assertThat(backfill.run()).isZero();
    }

    @Test
    void aBackfillStoppedWithTheApplicationLeavesTheVersionsQueuedForTheNextStart() {
        database.migrateTo("latest"); // the application runs the backfill with every migration applied

        backfill.stop();

        assertThat(backfill.run()).isZero();
        assertThat(jdbc.sql("select count(*) from filing_goods_line_backfill").query(Integer.class).single())
                .isEqualTo(2);
        assertThat(lines()).containsExactly("1 0/0 IR 93");
    }

    private List<String> lines() {
        return jdbc.sql("""
                select version, consignment_position, line_position, loading_country, hs_chapter
                from filing_goods_line order by version, consignment_position, line_position""")
                .query((rs, row) -> rs.getInt(1) + " " + rs.getInt(2) + "/" + rs.getInt(3) + " " + rs.getString(4)
                        + " " + rs.getString(5))
                .list();
    }

    private List<String> columns(String table) {
        return jdbc.sql("select lower(column_name) from information_schema.columns where lower(table_name) = ?")
                .param(table).query(String.class).list();
    }
}
