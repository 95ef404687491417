package org.portcullis.casework.reassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests to re-assess: a new rule set asks for every case being cleared, not before it serves; at start-up, the
 * live rule set asks for the cases being cleared last assessed under another one; the requests of one case are taken
 * together with what asked for them; the switches turn each kind off.
 */
class ReassessmentRequestsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Mrn CLEARED = mrn(1);
    private static final Mrn REFERRED = mrn(2);
    private static final Mrn RELEASED = mrn(3);

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final ReassessmentRequests requests = new ReassessmentRequests(jdbc);

    @Test
    void newRuleSetAsksForEveryCaseBeingClearedOnceItServes() {
        openCase(CLEARED, CaseStatus.ASSESSED);
        openCase(REFERRED, CaseStatus.REFERRED);
        openCase(RELEASED, CaseStatus.RELEASED);
        Instant serves = NOW.plusSeconds(3);

        ReassessmentFixture.reassessments(requests, NOW).ruleSetGoesLive(serves);

        assertThat(requests.pending(10, NOW)).isEmpty();
        assertThat(requests.pending(10, serves)).extracting(ReassessmentRequests.Pending::mrn)
                .containsExactly(CLEARED, REFERRED);
    }

    @Test
    void requestsOfOneCaseAreTakenTogetherWithWhatAskedForThem() {
        Reassessments reassessments = ReassessmentFixture.reassessments(requests, NOW);
        openCase(CLEARED, CaseStatus.ASSESSED);
        reassessments.sensorEventsArrived(List.of(CLEARED));
        reassessments.sensorEventsArrived(List.of(CLEARED));
        reassessments.ruleSetGoesLive(NOW);

        List<ReassessmentRequests.Pending> pending = requests.pending(10, NOW.plus(Duration.ofSeconds(1)));

        assertThat(pending).singleElement().satisfies(one -> {
            assertThat(one.triggers()).containsExactlyInAnyOrder(Trigger.SENSOR_EVENTS, Trigger.RULE_SET);
            assertThat(one.triggerNames()).isEqualTo("SENSOR_EVENTS,RULE_SET");
        });
        requests.done(pending.get(0));
        assertThat(requests.pending(10, NOW.plus(Duration.ofSeconds(1)))).isEmpty();
    }

    @Test
    void atStartTheLiveRuleSetAsksForTheCasesLastAssessedUnderAnotherOnce() {
        Mrn stale = mrn(4);
        Mrn reassessedSince = mrn(5);
        Mrn reassessedBefore = mrn(6);
        openCase(CLEARED, CaseStatus.ASSESSED);
        assessed(CLEARED, "live", NOW);
        openCase(stale, CaseStatus.REFERRED);
        assessed(stale, "old", NOW);
        openCase(reassessedSince, CaseStatus.ASSESSED);
        assessed(reassessedSince, "old", NOW);
        reassessed(reassessedSince, "live", NOW.plusSeconds(60));
        openCase(reassessedBefore, CaseStatus.ASSESSED);
        reassessed(reassessedBefore, "live", NOW);
        assessed(reassessedBefore, "old", NOW.plusSeconds(60));
        openCase(RELEASED, CaseStatus.RELEASED);
        assessed(RELEASED, "old", NOW);
        openCase(REFERRED, CaseStatus.REFERRED); // not assessed yet: its workflow assesses it with the live rules
        Instant serves = NOW.plusSeconds(2);

        int queued = ReassessmentFixture.reassessments(requests, NOW).ruleSetServesAtStart("live", serves);

        assertThat(queued).isEqualTo(2);
        assertThat(requests.pending(10, NOW)).isEmpty();
        assertThat(requests.pending(10, serves)).allSatisfy(pending ->
                assertThat(pending.triggers()).containsExactly(Trigger.RULE_SET))
                .extracting(ReassessmentRequests.Pending::mrn).containsExactlyInAnyOrder(stale, reassessedBefore);
    }

    @Test
    void threeKindsOfRequestForOneCaseAreTakenTogether() {
        Reassessments reassessments = ReassessmentFixture.reassessments(requests, NOW);
        openCase(CLEARED, CaseStatus.ASSESSED);
        reassessments.sensorEventsArrived(List.of(CLEARED));
        requests.request(List.of(CLEARED), NOW, Trigger.VESSEL_SILENT);
        reassessments.ruleSetGoesLive(NOW);

        assertThat(requests.pending(10, NOW)).singleElement().satisfies(one -> {
            assertThat(one.triggers()).containsExactlyInAnyOrder(Trigger.values());
            assertThat(one.triggerNames()).isEqualTo("SENSOR_EVENTS,RULE_SET,VESSEL_SILENT");
        });
    }

    @Test
    void switchedOffTriggersAskForNothing() {
        openCase(CLEARED, CaseStatus.ASSESSED);
        Reassessments off = new Reassessments(requests, new ReassessmentProperties(false, false, null, null),
                java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));

        assessed(CLEARED, "old", NOW);
        off.sensorEventsArrived(List.of(CLEARED));
        off.ruleSetGoesLive(NOW);
        assertThat(off.ruleSetServesAtStart("live", NOW)).isZero();

        assertThat(requests.pending(10, NOW)).isEmpty();
        assertThat(Set.copyOf(Reassessments.REASSESSABLE)).doesNotContain(CaseStatus.RELEASED,
                CaseStatus.UNDER_INSPECTION, CaseStatus.HELD);
    }

    private void openCase(Mrn mrn, CaseStatus status) {
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'ACME', ?, ?, '9839284', 'VESSEL', 'NLRTM', ?, 1, 1, ?, ?)""")
                .params(mrn.value(), mrn.value(), status.name(), utc(NOW), utc(NOW), utc(NOW)).update();
    }

    private void assessed(Mrn mrn, String ruleSetVersion, Instant at) {
        jdbc.sql("""
                insert into assessment (mrn, filing_version, rule_set_version, outcome, lane, assessed_at)
                values (?, 1, ?, 'RELEASE', 'GREEN', ?)""").params(mrn.value(), ruleSetVersion, utc(at)).update();
    }

    private void reassessed(Mrn mrn, String ruleSetVersion, Instant at) {
        new ReassessmentRecords(jdbc).record(mrn, new Reassessment(at, "RULE_SET", CaseStatus.ASSESSED,
                Outcome.RELEASE, Outcome.RELEASE, Reassessment.Result.UNCHANGED, "", ruleSetVersion));
    }

    private static Mrn mrn(int sequence) {
        return Mrn.issue(2026, CountryCode.of("NL"), sequence);
    }
}
