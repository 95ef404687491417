package org.portcullis.casework.reassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.MovingClock;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The silence check queues a case being cleared whose vessel has sent no AIS report for the configured time (12 hours
 * by default) before its ETA, once per silence: not again on the next round, again after the vessel reported and fell
 * silent once more; not a case whose vessel reported lately, whose ETA has passed, that is no longer being cleared, or
 * when switched off; and a silence another node claimed first is skipped.
 */
class VesselSilenceCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final String MMSI = "244123000";
    private static final String IMO = "9839284";

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final ReassessmentRequests requests = new ReassessmentRequests(jdbc);
    private final MovingClock clock = new MovingClock(NOW);
    private int events;

    @Test
    void aCaseWhoseVesselFellSilentIsQueuedOncePerSilence() {
        Mrn mrn = openCase(1, CaseStatus.ASSESSED, NOW.plus(Duration.ofDays(2)), MMSI, IMO);
        ais(MMSI, null, NOW.minus(Duration.ofHours(20)));
        ais(MMSI, null, NOW.minus(Duration.ofHours(13)));

        assertThat(check(null).check()).isEqualTo(1);
        assertThat(requests.pending(10, NOW)).singleElement().satisfies(pending -> {
            assertThat(pending.mrn()).isEqualTo(mrn);
            assertThat(pending.triggers()).containsExactly(Trigger.VESSEL_SILENT);
        });

        clock.set(NOW.plus(Duration.ofMinutes(5)));
        assertThat(check(null).check()).as("the same silence on the next round").isZero();

        ais(MMSI, null, NOW.plus(Duration.ofHours(1)));
        clock.set(NOW.plus(Duration.ofHours(12)));
        assertThat(check(null).check()).as("reported again, silent for 11 hours").isZero();
        clock.set(NOW.plus(Duration.ofHours(13)));
        assertThat(check(null).check()).as("a new silence").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from case_reassessment_request where mrn = ?").param(mrn.value())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theConfiguredThresholdDecidesWhenASilenceQueuesTheCase() {
        Mrn mrn = openCase(1, CaseStatus.ASSESSED, NOW.plus(Duration.ofDays(2)), MMSI, IMO);
        ais(MMSI, null, NOW.minus(Duration.ofHours(7)));

        assertThat(check(null).check()).as("the default, 12 hours").isZero();
        assertThat(checkAfter(Duration.ofHours(8)).check()).isZero();
        assertThat(checkAfter(Duration.ofHours(6)).check()).isEqualTo(1);
        assertThat(requests.pending(10, NOW)).extracting(ReassessmentRequests.Pending::mrn).containsExactly(mrn);
    }

    @Test
    void theVesselIsFoundByItsImoNumberToo() {
        Mrn mrn = openCase(1, CaseStatus.REFERRED, NOW.plus(Duration.ofDays(2)), null, IMO);
        ais("244999000", IMO, NOW.minus(Duration.ofHours(12)));

        assertThat(check(null).check()).isEqualTo(1);
        assertThat(requests.pending(10, NOW)).extracting(ReassessmentRequests.Pending::mrn).containsExactly(mrn);
    }

    @Test
    void recentReportsPassedEtasClosedCasesAndTheSwitchQueueNothing() {
        openCase(1, CaseStatus.ASSESSED, NOW.plus(Duration.ofDays(2)), "244000001", "9074729");
        ais("244000001", null, NOW.minus(Duration.ofHours(11)));
        openCase(2, CaseStatus.ASSESSED, NOW.minus(Duration.ofHours(1)), "244000002", "9176187");
        ais("244000002", null, NOW.minus(Duration.ofHours(20)));
        openCase(3, CaseStatus.RELEASED, NOW.plus(Duration.ofDays(2)), "244000003", "9319466");
        ais("244000003", null, NOW.minus(Duration.ofHours(20)));
        Mrn silent = openCase(4, CaseStatus.ASSESSED, NOW.plus(Duration.ofDays(2)), "244000004", "9321483");
        ais("244000004", null, NOW.minus(Duration.ofHours(20)));
        ais("244000004", null, NOW.plus(Duration.ofDays(3)));

        assertThat(check(false).check()).as("switched off").isZero();
        assertThat(check(null).check()).isEqualTo(1);
        assertThat(requests.pending(10, NOW)).extracting(ReassessmentRequests.Pending::mrn)
                .as("a report after the ETA does not count").containsExactly(silent);
    }

    @Test
    void aSilenceAnotherNodeClaimedFirstIsSkipped() {
        Mrn mrn = openCase(1, CaseStatus.ASSESSED, NOW.plus(Duration.ofDays(2)), MMSI, IMO);
        ais(MMSI, null, NOW.minus(Duration.ofHours(13)));
        SilentVessels other = new SilentVessels(jdbc) {
            @Override
            java.util.List<Silence> unclaimed(Instant at, Instant lastReportBy) {
                java.util.List<Silence> found = super.unclaimed(at, lastReportBy);
                found.forEach(silence -> new SilentVessels(jdbc).claim(silence, at)); // the other node, in between
                return found;
            }
        };

        VesselSilenceCheck racing = new VesselSilenceCheck(other, requests, properties(null),
                new DataSourceTransactionManager(database.dataSource()), clock);

        assertThat(racing.check()).isZero();
        assertThat(requests.pending(10, NOW)).isEmpty();
        assertThat(jdbc.sql("select count(*) from vessel_silence where mrn = ?").param(mrn.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private VesselSilenceCheck check(Boolean onSensorEvents) {
        return new VesselSilenceCheck(new SilentVessels(jdbc), requests, properties(onSensorEvents),
                new DataSourceTransactionManager(database.dataSource()), clock);
    }

    private VesselSilenceCheck checkAfter(Duration silentAfter) {
        return new VesselSilenceCheck(new SilentVessels(jdbc), requests,
                new ReassessmentProperties(null, null, null, silentAfter),
                new DataSourceTransactionManager(database.dataSource()), clock);
    }

    private static ReassessmentProperties properties(Boolean onSensorEvents) {
        return new ReassessmentProperties(onSensorEvents, null, null, null);
    }

    private Mrn openCase(int sequence, CaseStatus status, Instant eta, String mmsi, String imo) {
        Mrn mrn = Mrn.issue(2026, CountryCode.of("NL"), sequence);
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'ACME', ?, ?, ?, 'VESSEL', 'NLRTM', ?, 1, 2, ?, ?)""")
                .params(mrn.value(), mrn.value(), status.name(), imo, utc(eta), utc(NOW), utc(NOW)).update();
        subject(mrn, 1, "MMSI", "244777000"); // an earlier version named another vessel
        if (mmsi != null) {
            subject(mrn, 2, "MMSI", mmsi);
        }
        subject(mrn, 2, "IMO", imo);
        return mrn;
    }

    private void subject(Mrn mrn, int version, String kind, String subject) {
        jdbc.sql("insert into case_subject (mrn, version, kind, subject) values (?, ?, ?, ?)")
                .params(mrn.value(), version, kind, subject).update();
    }

    private void ais(String mmsi, String imo, Instant at) {
        events++;
        jdbc.sql("""
                insert into iot_event (operator, event_id, event_type, observed_at, received_at, mmsi, imo_number,
                    latitude, longitude, document)
                values ('AIS', ?, 'VESSEL_POSITION', ?, ?, ?, ?, 50.0, 0.5, '{}')""")
                .params("ais-" + events, utc(at), utc(NOW), mmsi, imo).update();
    }
}
