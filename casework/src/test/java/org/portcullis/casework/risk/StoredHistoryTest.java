package org.portcullis.casework.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.assessment.Lane;
import org.portcullis.risk.history.CallRecord;
import org.portcullis.risk.history.ConsignmentRecord;
import org.portcullis.risk.history.History;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stored cases as training data: lanes from the latest assessment, labels from recorded inspections. */
class StoredHistoryTest {

    private static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");
    private static final Instant ETA = Instant.parse("2026-12-04T14:00:00Z");

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final StoredHistory stored = new StoredHistory(jdbc, new FilingDocuments(FilingJson.objectMapper()),
            new RiskProperties(null, null, 2.5, null, null, null, null, null), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anInspectionLabelsTheConsignmentsTheAssessmentSentToInspectionAndCountsAsACustomsTask() throws IOException {
        storeCase("26NL00000000000001");
        long assessment = assess("26NL00000000000001");
        consignmentOutcome(assessment, "MEDUSH123456", "INSPECT", "RED");
        consignmentOutcome(assessment, "MEDUSH123457", "RELEASE", "GREEN");
        jdbc.sql("insert into inspection (mrn, place, scheduled_for, inspector, scheduled_by, scheduled_at, verdict, "
                + "recorded_by, recorded_at) values (?, 'Quay 7', ?, 'insp', 'clerk', ?, 'IRREGULARITY_HOLD', 'insp', ?)")
                .params("26NL00000000000001", utc(ETA), utc(ETA), utc(ETA.plusSeconds(7200))).update();

        History history = stored.read();

        CallRecord call = history.calls().get(0);
        assertThat(call.arrivedAt()).isEqualTo(ETA);
        ConsignmentRecord inspected = call.consignments().get(0);
        ConsignmentRecord released = call.consignments().get(1);
        assertThat(inspected.ruleLane()).isEqualTo(Lane.RED);
        assertThat(inspected.inspected()).isTrue();
        assertThat(inspected.inspection().found()).isTrue();
        assertThat(released.ruleLane()).isEqualTo(Lane.GREEN);
        assertThat(released.inspected()).isFalse();
        assertThat(history.tasks()).singleElement()
                .satisfies(task -> assertThat(task.agency()).isEqualTo("CUSTOMS"))
                .satisfies(task -> assertThat(task.hours()).isEqualTo(2.5));
    }

    @Test
    void theLaneIsTheOneTheRulesAloneGaveWhereItWasRecorded() throws IOException {
        storeCase("26NL00000000000003");
        long assessment = assess("26NL00000000000003");
        consignmentOutcome(assessment, "MEDUSH123456", "INSPECT", "RED", "GREEN");
        consignmentOutcome(assessment, "MEDUSH123457", "DOCUMENT_CHECK", "YELLOW", "YELLOW");

        List<ConsignmentRecord> records = stored.read().calls().get(0).consignments();

        assertThat(records).extracting(ConsignmentRecord::ruleLane).containsExactly(Lane.GREEN, Lane.YELLOW);
    }

    @Test
    void aCaseWithoutAssessmentCountsAsGreenAndUnlabelled() throws IOException {
        storeCase("26NL00000000000002");

        ConsignmentRecord record = stored.read().calls().get(0).consignments().get(0);

        assertThat(record.ruleLane()).isEqualTo(Lane.GREEN);
        assertThat(record.inspected()).isFalse();
    }

    private void storeCase(String mrn) throws IOException {
        String document = Files.readString(Samples.DIRECTORY.resolve("filing-green.json"));
        jdbc.sql("insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, "
                + "eta, consignment_count, current_version, registered_at, updated_at) values "
                + "(?, 'MSC', ?, 'RELEASED', '9839284', 'AURORA', 'NLRTM', ?, 2, 1, ?, ?)")
                .params(mrn, "LRN-" + mrn, utc(ETA), utc(ETA.minusSeconds(86_400)), utc(ETA)).update();
        jdbc.sql("insert into filing_version (mrn, version, message_id, message_function, document, received_at) "
                + "values (?, 1, 'm-1', 'ORIGINAL', ?, ?)").params(mrn, document, utc(ETA)).update();
    }

    private long assess(String mrn) {
        jdbc.sql("insert into assessment (mrn, filing_version, rule_set_version, outcome, lane, assessed_at) values "
                + "(?, 1, 'v1', 'INSPECT', 'RED', ?)").params(mrn, utc(ETA.minusSeconds(80_000))).update();
        return jdbc.sql("select max(id) from assessment where mrn = ?").param(mrn).query(Long.class).single();
    }

    private void consignmentOutcome(long assessment, String bl, String outcome, String lane) {
        consignmentOutcome(assessment, bl, outcome, lane, null);
    }

    private void consignmentOutcome(long assessment, String bl, String outcome, String lane, String rulesLane) {
        jdbc.sql("insert into assessment_consignment (assessment_id, transport_document_number, outcome, lane,"
                + " rules_lane) values (?, ?, ?, ?, ?)").params(assessment, bl, outcome, lane, rulesLane).update();
    }
}
