package org.portcullis.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database of the release before persons were written with their filing version (migrations up to V50), with a
 * case of two versions: V90 queues only the current one, and the back-fill writes its crew and passengers with the
 * keys the persons rules look them up by; the former redress register's rows become records awaiting approval.
 */
class PersonBackfillTest {

    private static final String MRN = "26NL0000000000001X";
    private static final Path CREW_PART = Path.of("..", "docs", "examples", "crew-passengers-health-part.json");

    private final MigratedDatabase database = MigratedDatabase.upTo("50");
    private final JdbcClient jdbc = database.jdbc();
    private final VersionBackfill backfill = new VersionBackfill("crew and passenger lists", "filing_person_backfill",
            new FilingPersons(database.batches())::insert, jdbc, new FilingDocuments(FilingJson.objectMapper()),
            database.transactions());

    @BeforeEach
    void aCaseOfTheReleaseBefore() throws IOException {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-29T10:00:00Z");
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'MSC', 'LRN-1', 'REFERRED', '9839284', 'MSC AURORA', 'NLRTM', ?, 0, 2, ?, ?)""")
                .params(MRN, at, at, at).update();
        String crew = Files.readString(CREW_PART);
        List<String> documents = List.of(crew.replace("Jansen", "Janssen"), crew);
        for (int version = 1; version <= documents.size(); version++) {
            jdbc.sql("""
                    insert into filing_version (mrn, version, message_id, message_function, document, received_at)
                    values (?, ?, ?, 'ORIGINAL', ?, ?)""")
                    .params(MRN, version, "message-" + version, documents.get(version - 1), at).update();
        }
        jdbc.sql("""
                insert into screening_redress (list_name, entry_id, subject_key, subject_reference, mrn, reason,
                    officer, recorded_at) values ('persons-watchlist', 'WL-0007', 'ivan ivanov|1980-02-03',
                    'IVANOV, Ivan (passenger 3)', ?, 'Another date of birth', 'clerk', ?)""")
                .params(MRN, at).update();
    }

    @Test
    void theCurrentVersionsPersonsAreWrittenOnceWithTheirKeys() {
        database.migrateTo("latest"); // the application runs the backfill with every migration applied

        assertThat(backfill.run()).isEqualTo(1);

        assertThat(jdbc.sql("""
                select version, role, family_name, document_key, name_words_key from filing_person
                order by position""")
                .query((rs, row) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4) + " " + rs.getString(5)).list())
                .contains("2 CREW Jansen NLS123456 JANSEN PIETER")
                .noneMatch(row -> row.contains("Janssen"));
        assertThat(backfill.run()).isZero();
    }

    @Test
    void theFormerRegistersRecordsAwaitApprovalOnConfirmedMatches() {
        database.migrateTo("90");

        assertThat(jdbc.sql("""
                select marked_on, marked_by, approved_by, reason from redress_record where entry_id = 'WL-0007'""")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4)).single())
                .isEqualTo("CONFIRMED clerk null Another date of birth");
    }
}
