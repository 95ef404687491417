package org.portcullis.casework.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.filing.Filing;
import org.portcullis.risk.history.CallTrace;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stored cases as call traces: each filing version parsed once, arrivals and tasks as of each read. */
class StoredTracesTest {

    private static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");
    private static final Instant ETA = Instant.parse("2026-12-04T14:00:00Z");

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final AtomicInteger parsed = new AtomicInteger();
    private final FilingDocuments documents = new FilingDocuments(FilingJson.objectMapper()) {
        @Override
        public Filing read(String document, String messageId, String carrierId) {
            parsed.incrementAndGet();
            return super.read(document, messageId, carrierId);
        }
    };
    private final StoredTraces traces = new StoredTraces(jdbc, documents,
            new RiskProperties(null, 30, 2.5, null, null, null, null, null), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCaseIsTracedWithItsPortEtaArrivalTradersAndInspectionTask() throws IOException {
        storeCase("26NL00000000000001", ETA.minusSeconds(86_400));
        jdbc.sql("insert into inspection (mrn, place, scheduled_for, inspector, scheduled_by, scheduled_at, verdict, "
                + "recorded_by, recorded_at) values (?, 'Quay 7', ?, 'insp', 'clerk', ?, 'IRREGULARITY_HOLD', 'insp', ?)")
                .params("26NL00000000000001", utc(ETA), utc(ETA), utc(ETA.plusSeconds(7200))).update();

        StoredTraces.Traces read = traces.read();

        CallTrace call = read.calls().get(0);
        assertThat(call.port()).isEqualTo("NLRTM");
        assertThat(call.filedAt()).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(call.eta()).isEqualTo(ETA);
        assertThat(call.arrivedAt()).isEqualTo(ETA);
        assertThat(call.consignments()).extracting(CallTrace.ConsignmentTrace::reference)
                .containsExactly("MEDUSH123456", "MEDUSH123457");
        CallTrace.ConsignmentTrace first = call.consignments().get(0);
        assertThat(first.consigneeKey()).isEqualTo("ID:NL812345678");
        assertThat(first.consigneeName()).isEqualTo("Holland Lighting B.V.");
        assertThat(first.consignorKey()).startsWith("NAME:SHENZHEN BRIGHT LAMPS");
        assertThat(first.placeOfLoading()).isEqualTo("CNSHA");
        assertThat(read.tasks()).singleElement()
                .satisfies(task -> assertThat(task.agency()).isEqualTo("CUSTOMS"))
                .satisfies(task -> assertThat(task.hours()).isEqualTo(2.5));
    }

    @Test
    void eachFilingVersionIsParsedOnceAndAnAmendmentAgain() throws IOException {
        storeCase("26NL00000000000002", ETA.minusSeconds(86_400));
        storeCase("26NL00000000000003", ETA.minusSeconds(86_400));

        traces.read();
        traces.read();
        assertThat(parsed).hasValue(2);

        jdbc.sql("insert into filing_version (mrn, version, message_id, message_function, document, received_at) "
                + "select mrn, 2, 'm-2', 'AMENDMENT', document, received_at from filing_version where mrn = ?")
                .param("26NL00000000000003").update();
        jdbc.sql("update clearance_case set current_version = 2 where mrn = ?").param("26NL00000000000003").update();

        assertThat(traces.read().calls()).hasSize(2);
        assertThat(parsed).hasValue(3);
    }

    @Test
    void anUnreadableFilingIsLeftOutAndNotParsedAgainUntilAmended() throws IOException {
        storeCase("26NL00000000000006", ETA.minusSeconds(86_400));
        storeCase("26NL00000000000007", ETA.minusSeconds(86_400));
        jdbc.sql("update filing_version set document = '{\"header\": 42' where mrn = ?")
                .param("26NL00000000000007").update();

        assertThat(traces.read().calls()).extracting(CallTrace::mrn).containsExactly("26NL00000000000006");
        assertThat(traces.read().calls()).extracting(CallTrace::mrn).containsExactly("26NL00000000000006");
        assertThat(parsed).hasValue(2);

        jdbc.sql("insert into filing_version (mrn, version, message_id, message_function, document, received_at) "
                + "select ?, 2, 'm-2', 'AMENDMENT', document, received_at from filing_version where mrn = ?")
                .params("26NL00000000000007", "26NL00000000000006").update();
        jdbc.sql("update clearance_case set current_version = 2 where mrn = ?").param("26NL00000000000007").update();

        assertThat(traces.read().calls()).extracting(CallTrace::mrn)
                .containsExactlyInAnyOrder("26NL00000000000006", "26NL00000000000007");
        assertThat(parsed).hasValue(3);
    }

    @Test
    void casesRegisteredBeforeTheWindowAreLeftOut() throws IOException {
        storeCase("26NL00000000000004", NOW.minusSeconds(31L * 86_400));
        storeCase("26NL00000000000005", ETA.minusSeconds(86_400));

        assertThat(traces.read().calls()).extracting(CallTrace::mrn).containsExactly("26NL00000000000005");
    }

    private void storeCase(String mrn, Instant registeredAt) throws IOException {
        String document = Files.readString(Samples.DIRECTORY.resolve("filing-green.json"));
        jdbc.sql("insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, "
                + "eta, consignment_count, current_version, registered_at, updated_at) values "
                + "(?, 'MSC', ?, 'RELEASED', '9839284', 'AURORA', 'NLRTM', ?, 2, 1, ?, ?)")
                .params(mrn, "LRN-" + mrn, utc(ETA), utc(registeredAt), utc(ETA)).update();
        jdbc.sql("insert into filing_version (mrn, version, message_id, message_function, document, received_at) "
                + "values (?, 1, 'm-1', 'ORIGINAL', ?, ?)").params(mrn, document, utc(ETA)).update();
    }
}
