package org.portcullis.casework.dashboard;


import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.dashboard.DashboardFigures.ClearedBeforeArrival;
import org.portcullis.casework.dashboard.DashboardFigures.Count;
import org.portcullis.casework.dashboard.DashboardFigures.DecisionTime;
import org.portcullis.casework.dashboard.DashboardFigures.RuleInspections;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's SQL over cases written as the application writes them (statuses, notice types and officer
 * decisions by their enums' names): a case the rules released before its ship arrived, one an officer sent to
 * inspection after the ship arrived, a cancelled one and one not decided yet.
 */
class DashboardQueriesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Instant FROM = NOW.minus(Duration.ofDays(30));
    private static final Instant REGISTERED = NOW.minus(Duration.ofDays(2));

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final DashboardQueries queries = new DashboardQueries(jdbc);

    @BeforeEach
    void cases() {
        registered("RELEASED-BY-RULES", CaseStatus.ASSESSED, NOW.plus(Duration.ofDays(3)), 1);
        notice("RELEASED-BY-RULES", NoticeType.ACCEPTED, Duration.ofSeconds(1));
        notice("RELEASED-BY-RULES", NoticeType.ASSESSMENT_COMPLETE, Duration.ofMinutes(10));
        goodsLines("RELEASED-BY-RULES", 1, "CN", "94", "85");

        registered("INSPECTED", CaseStatus.UNDER_INSPECTION, NOW.minus(Duration.ofDays(1)), 2);
        notice("INSPECTED", NoticeType.CONTROL_NOTIFIED, Duration.ofHours(1));
        jdbc.sql("insert into officer_decision (mrn, decision, reason, officer, decided_at) values (?, ?, ?, ?, ?)")
                .params("INSPECTED", ReferralDecision.INSPECT.name(), "arms", "clerk", utc(REGISTERED)).update();
        jdbc.sql("""
                insert into assessment (mrn, filing_version, rule_set_version, outcome, lane, assessed_at)
                values ('INSPECTED', 2, 'v1', 'INSPECT', 'RED', ?)""").param(utc(REGISTERED)).update();
        long assessment = jdbc.sql("select id from assessment where mrn = 'INSPECTED'").query(Long.class).single();
        jdbc.sql("""
                insert into assessment_finding (assessment_id, position, rule_id, rule_name, target_kind,
                    target_reference, outcome, reason, carrier_visible)
                values (?, 0, 'TGT-001', 'Arms', 'CONSIGNMENT', 'BL1', 'INSPECT', 'arms', false)""")
                .param(assessment).update();
        jdbc.sql("""
                insert into assessment_finding (assessment_id, position, rule_id, rule_name, target_kind,
                    target_reference, outcome, reason, carrier_visible)
                values (?, 1, 'TGT-004', 'Listed port', 'CONSIGNMENT', 'BL1', 'DOCUMENT_CHECK', 'port', false)""")
                .param(assessment).update();
        jdbc.sql("""
                insert into inspection (mrn, place, scheduled_for, inspector, scheduled_by, scheduled_at, verdict)
                values ('INSPECTED', 'quay', ?, 'inspector', 'clerk', ?, ?)""")
                .params(utc(NOW), utc(NOW), InspectionVerdict.IRREGULARITY_HOLD.name()).update();
        goodsLines("INSPECTED", 1, "IR", "93");
        goodsLines("INSPECTED", 2, "AE", "93");

        registered("CANCELLED", CaseStatus.CANCELLED, NOW.minus(Duration.ofDays(1)), 1);
        registered("WAITING", CaseStatus.REFERRED, NOW.plus(Duration.ofDays(3)), 1);
        notice("WAITING", NoticeType.ACCEPTED, Duration.ofSeconds(1));
    }

    @Test
    void decisionTimesCountTheFirstDecisionNoticeByRulesAndByOfficers() {
        assertThat(queries.decisionTimes(FROM, NOW)).containsExactly(
                new DecisionTime("ALL", 2, 2100.0, 3300.0),
                new DecisionTime("OFFICERS", 1, 3600.0, 3600.0),
                new DecisionTime("RULES", 1, 600.0, 600.0));
    }

    @Test
    void clearedBeforeArrivalLeavesOutCancelledCasesAndCasesNeitherReleasedNorArrived() {
        assertThat(queries.clearedBeforeArrival(FROM, NOW, NOW)).isEqualTo(new ClearedBeforeArrival(1, 2));
    }

    @Test
    void inspectionsAreCreditedOnlyToTheRulesThatAskedForOne() {
        assertThat(queries.inspections(FROM, NOW)).containsExactly(new RuleInspections("TGT-001", 1, 1, 0));
    }

    @Test
    void casesByStatusNameTheStatuses() {
        assertThat(queries.casesByStatus(FROM, NOW)).extracting(Count::key).containsExactlyInAnyOrder(
                "ASSESSED", "UNDER_INSPECTION", "CANCELLED", "REFERRED");
    }

    @Test
    void topOriginsAndHsChaptersComeFromTheGoodsLinesOfTheCurrentVersions() {
        assertThat(queries.topOrigins(FROM, NOW)).containsExactly(new Count("AE", 1), new Count("CN", 1));
        assertThat(queries.topHsChapters(FROM, NOW)).containsExactly(
                new Count("85", 1), new Count("93", 1), new Count("94", 1));
    }

    private void registered(String mrn, CaseStatus status, Instant eta, int currentVersion) {
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'ACME', ?, ?, '9074729', 'VESSEL', 'NLRTM', ?, 1, ?, ?, ?)""")
                .params(mrn, mrn, status.name(), utc(eta), currentVersion, utc(REGISTERED), utc(REGISTERED))
                .update();
        for (int version = 1; version <= currentVersion; version++) {
            jdbc.sql("""
                    insert into filing_version (mrn, version, message_id, message_function, document, received_at)
                    values (?, ?, ?, 'ORIGINAL', '{}', ?)""")
                    .params(mrn, version, mrn + "-" + version, utc(REGISTERED)).update();
        }
    }

    private void notice(String mrn, NoticeType type, Duration afterRegistration) {
        jdbc.sql("""
                insert into notice (notice_id, carrier_id, notice_type, mrn, body, created_at)
                values (?, 'ACME', ?, ?, '{}', ?)""")
                .params(UUID.randomUUID().toString(), type.name(), mrn, utc(REGISTERED.plus(afterRegistration)))
                .update();
    }

    /** One consignment loaded in the country, with a goods line per HS chapter. */
    private void goodsLines(String mrn, int version, String loadingCountry, String... hsChapters) {
        for (int line = 0; line < hsChapters.length; line++) {
            jdbc.sql("""
                    insert into filing_goods_line (mrn, version, consignment_position, line_position,
                        loading_country, hs_chapter) values (?, ?, 0, ?, ?, ?)""")
                    .params(mrn, version, line, loadingCountry, hsChapters[line]).update();
        }
    }
}
