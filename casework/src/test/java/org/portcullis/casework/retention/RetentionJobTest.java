package org.portcullis.casework.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.agency.AgencyRetention;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.sharing.config.AgenciesFile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention periods applied: old message bodies emptied, closed cases past their period erased whole, stored
 * documents erased once nothing refers to them.
 */
class RetentionJobTest {

    private static final Instant NOW = Instant.parse("2030-06-01T03:30:00Z");

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final RetentionJob job = new RetentionJob(jdbc, new CaseErasure(jdbc),
            new StoredDocuments(jdbc, Clock.fixed(NOW, ZoneOffset.UTC)),
            new RetentionProperties(true, null, Period.ofYears(2), Period.ofYears(5)),
            new AgencyRetention(jdbc, AgenciesFile.read(Path.of("../config/agencies.yml"))),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void eachAgencysAccessLogIsKeptForItsOwnPeriod() {
        access("border", NOW.minus(400, ChronoUnit.DAYS));
        access("health", NOW.minus(400, ChronoUnit.DAYS));
        access("border", NOW.minus(10, ChronoUnit.DAYS));

        job.run();

        assertThat(jdbc.sql("select agency from personal_data_access order by agency").query(String.class).list())
                .containsExactly("border", "health");
    }

    @Test
    void anAgencysRecordsOfAClosedCaseGoAfterItsPeriodWhileTheCaseStays() {
        kase("26NL00000000000004", "RELEASED", NOW.minus(400, ChronoUnit.DAYS));
        for (String agency : new String[] {"border", "health"}) {
            jdbc.sql("insert into agency_clearance (mrn, agency, state, updated_at) values (?, ?, 'CLEARED', ?)")
                    .params("26NL00000000000004", agency, utc(NOW.minus(400, ChronoUnit.DAYS))).update();
        }

        job.run();

        assertThat(jdbc.sql("select agency from agency_clearance").query(String.class).list())
                .containsExactly("health");
        assertThat(jdbc.sql("select count(*) from clearance_case").query(Integer.class).single()).isEqualTo(1);
    }

    private void access(String agency, Instant at) {
        jdbc.sql("insert into personal_data_access (accessed_at, officer, agency, legal_basis, mrn, shown) "
                + "values (?, 'someone', ?, 'law', '26NL00000000000009', 'case page: crew')")
                .params(utc(at), agency).update();
    }

    @Test
    void oldMessageBodiesAreEmptiedAndTheRecordThatTheyCameStays() {
        message("m-old", NOW.minus(800, ChronoUnit.DAYS), null);
        message("m-new", NOW.minus(10, ChronoUnit.DAYS), null);

        assertThat(job.run().messageBodies()).isEqualTo(1);

        assertThat(bodyLength("m-old")).isZero();
        assertThat(bodyLength("m-new")).isPositive();
        assertThat(jdbc.sql("select count(*) from inbound_message").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aClosedCasePastItsPeriodIsErasedWholeAndAnOpenOrRecentOneStays() {
        kase("26NL00000000000001", "RELEASED", NOW.minus(6 * 366, ChronoUnit.DAYS));
        kase("26NL00000000000002", "RELEASED", NOW.minus(100, ChronoUnit.DAYS));
        kase("26NL00000000000003", "REFERRED", NOW.minus(6 * 366, ChronoUnit.DAYS));

        assertThat(job.run().closedCases()).isEqualTo(1);

        assertThat(jdbc.sql("select mrn from clearance_case order by mrn").query(String.class).list())
                .containsExactly("26NL00000000000002", "26NL00000000000003");
        for (String table : new String[] {"filing_version", "notice", "assessment", "inbound_message"}) {
            assertThat(jdbc.sql("select count(*) from " + table + " where mrn = '26NL00000000000001'")
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from assessment_finding").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aStoredDocumentStaysWhileAMessageOrACaseVersionRefersToItAndIsErasedAfter() {
        StoredDocuments storedThen = new StoredDocuments(jdbc, Clock.fixed(NOW.minus(800, ChronoUnit.DAYS),
                ZoneOffset.UTC));
        String filing = storedThen.store("{\"filing\":1}");
        String orphan = storedThen.store("{\"filing\":2}");
        String mrn = "26NL00000000000004";
        kase(mrn, "REFERRED", NOW.minus(800, ChronoUnit.DAYS));
        jdbc.sql("update inbound_message set body = ?, body_sha256 = ? where mrn = ?")
                .params(new byte[0], filing, mrn).update();
        jdbc.sql("update filing_version set document = null, document_sha256 = ? where mrn = ?").params(filing, mrn)
                .update();

        RetentionJob.Result first = job.run();

        assertThat(first.messageBodies()).isEqualTo(1);
        assertThat(first.documents()).isEqualTo(1);
        assertThat(storedDocuments()).containsExactly(filing).doesNotContain(orphan);
        assertThat(jdbc.sql("select count(*) from inbound_message where body_sha256 is not null")
                .query(Integer.class).single()).isZero();

        jdbc.sql("update clearance_case set status = 'RELEASED', updated_at = ? where mrn = ?")
                .params(utc(NOW.minus(6 * 366, ChronoUnit.DAYS)), mrn).update();
        RetentionJob.Result second = job.run();

        assertThat(second.closedCases()).isEqualTo(1);
        assertThat(second.documents()).isEqualTo(1);
        assertThat(storedDocuments()).isEmpty();
    }

    @Test
    void aDocumentStoredAgainIsOneRowMarkedAsUsedAndNotErasedWhileInUse() {
        StoredDocuments storedThen = new StoredDocuments(jdbc, Clock.fixed(NOW.minus(800, ChronoUnit.DAYS),
                ZoneOffset.UTC));
        String first = storedThen.store("{\"filing\":3}");
        String again = new StoredDocuments(jdbc, Clock.fixed(NOW, ZoneOffset.UTC)).store("{\"filing\":3}");

        assertThat(again).isEqualTo(first).hasSize(64);
        assertThat(job.run().documents()).isZero();
        assertThat(storedDocuments()).containsExactly(first);
    }

    private java.util.List<String> storedDocuments() {
        return jdbc.sql("select sha256 from stored_document order by sha256").query(String.class).list();
    }

    @Test
    void redressRecordsThatEndedLongerAgoThanClosedCasesAreKeptAreErasedAndOthersStay() {
        redress("revoked long ago", NOW.minus(6 * 366, ChronoUnit.DAYS), "2040-01-01", true);
        redress("expired long ago", NOW.minus(8 * 366, ChronoUnit.DAYS), "2024-01-01", false);
        redress("in effect since long ago", NOW.minus(6 * 366, ChronoUnit.DAYS), "2031-01-01", false);
        redress("revoked lately", NOW.minus(30, ChronoUnit.DAYS), "2031-01-01", true);

        assertThat(job.run().redressRecords()).isEqualTo(2);

        assertThat(jdbc.sql("select reason from redress_record order by reason").query(String.class).list())
                .containsExactly("in effect since long ago", "revoked lately");
    }

    private void redress(String reason, Instant markedAt, String expiresOn, boolean revoked) {
        jdbc.sql("""
                insert into redress_record (list_name, entry_id, subject_key, subject_reference, mrn, marked_on,
                    reason, expires_on, marked_by, marked_at, revoked_by, revoked_at)
                values ('un-consolidated', 'XXi.001', 'ivan|1968-04-21', 'Ivan (crew)', '26NL00000000000001',
                    'POSSIBLE', ?, ?, 'clerk', ?, ?, ?)""")
                .params(reason, java.sql.Date.valueOf(expiresOn), utc(markedAt), revoked ? "supervisor" : null,
                        revoked ? utc(markedAt.plusSeconds(60)) : null)
                .update();
    }

    private void kase(String mrn, String status, Instant updated) {
        jdbc.sql("insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, "
                + "eta, consignment_count, current_version, registered_at, updated_at) values "
                + "(?, 'ACME', ?, ?, '9839284', 'AURORA', 'NLRTM', ?, 1, 1, ?, ?)")
                .params(mrn, "LRN-" + mrn, status, utc(updated), utc(updated), utc(updated)).update();
        jdbc.sql("insert into filing_version (mrn, version, message_function, document, received_at) "
                + "values (?, 1, 'ORIGINAL', '{}', ?)").params(mrn, utc(updated)).update();
        jdbc.sql("insert into notice (notice_id, carrier_id, notice_type, mrn, body, created_at) "
                + "values (?, 'ACME', 'ACCEPTED', ?, '{}', ?)").params("n-" + mrn, mrn, utc(updated)).update();
        message("m-" + mrn, updated, mrn);
        jdbc.sql("insert into assessment (mrn, filing_version, rule_set_version, outcome, lane, assessed_at) values "
                + "(?, 1, 'v1', 'RELEASE', 'GREEN', ?)").params(mrn, utc(updated)).update();
        long assessment = jdbc.sql("select id from assessment where mrn = ?").param(mrn).query(Long.class).single();
        jdbc.sql("insert into assessment_finding (assessment_id, position, rule_id, rule_name, target_kind, "
                + "target_reference, outcome, reason, carrier_visible) values "
                + "(?, 1, 'TGT-001', 'rule', 'FILING', 'filing', 'INSPECT', 'why', false)").param(assessment).update();
    }

    private void message(String messageId, Instant received, String mrn) {
        jdbc.sql("insert into inbound_message (carrier_id, message_id, channel, received_at, body, disposition, mrn) "
                + "values ('ACME', ?, 'QUEUE', ?, ?, 'ACCEPTED', ?)")
                .params(messageId, utc(received), "{\"x\":1}".getBytes(), mrn).update();
    }

    private int bodyLength(String messageId) {
        return jdbc.sql("select octet_length(body) from inbound_message where message_id = ?").param(messageId)
                .query(Integer.class).single();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
