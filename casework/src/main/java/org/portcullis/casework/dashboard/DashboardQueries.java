package org.portcullis.casework.dashboard;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.portcullis.casework.dashboard.DashboardFigures.ClearedBeforeArrival;
import org.portcullis.casework.dashboard.DashboardFigures.Count;
import org.portcullis.casework.dashboard.DashboardFigures.DecisionTime;
import org.portcullis.casework.dashboard.DashboardFigures.RuleHit;
import org.portcullis.casework.dashboard.DashboardFigures.RuleInspections;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's figures as SQL aggregates, portable between H2 2.x and PostgreSQL (percentiles included). */
@Repository
class DashboardQueries {

    /** Notices that decide a case: by the rules (ASSESSMENT_COMPLETE) or after an officer's decision. */
    static final List<String> DECISION_NOTICES = names(NoticeType.ASSESSMENT_COMPLETE, NoticeType.RELEASED,
            NoticeType.HELD, NoticeType.CONTROL_NOTIFIED, NoticeType.DO_NOT_LOAD);
    /** Notices that let the goods go. */
    static final List<String> RELEASE_NOTICES = names(NoticeType.ASSESSMENT_COMPLETE, NoticeType.RELEASED);
    private static final int TOP = 10;

    private static final String DECIDED_CASES = """
            select c.mrn, c.registered_at, min(n.created_at) as decided_at,
                case when exists (select 1 from officer_decision d where d.mrn = c.mrn) then 'OFFICERS'
                     else 'RULES' end as decided_by
            from clearance_case c join notice n on n.mrn = c.mrn and n.notice_type in (:decisionNotices)
            where c.registered_at >= :from and c.registered_at < :to
            group by c.mrn, c.registered_at""";

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Count> casesByStatus(Instant from, Instant to) {
        return counts("""
                select status as k, count(*) as n from clearance_case
                where registered_at >= :from and registered_at < :to group by status order by n desc, k""", from, to);
    }

    List<Count> casesByLane(Instant from, Instant to) {
        return counts("""
                select coalesce(lane, 'NONE') as k, count(*) as n from clearance_case
                where registered_at >= :from and registered_at < :to group by coalesce(lane, 'NONE')
                order by n desc, k""", from, to);
    }

    List<DecisionTime> decisionTimes(Instant from, Instant to) {
        String percentiles = """
                count(*) as n,
                percentile_cont(0.5) within group (order by extract(epoch from (decided_at - registered_at))) as p50,
                percentile_cont(0.9) within group (order by extract(epoch from (decided_at - registered_at))) as p90
                """;
        DecisionTime all = jdbc.sql("select 'ALL' as g, " + percentiles + " from (" + DECIDED_CASES + ") x")
                .params(periodAnd(from, to)).query(DashboardQueries::decisionTime).single();
        List<DecisionTime> byWhom = jdbc.sql("select decided_by as g, " + percentiles + " from (" + DECIDED_CASES
                        + ") x group by decided_by order by decided_by")
                .params(periodAnd(from, to)).query(DashboardQueries::decisionTime).list();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(all), byWhom.stream()).toList();
    }

    ClearedBeforeArrival clearedBeforeArrival(Instant from, Instant to, Instant now) {
        return jdbc.sql("""
                select count(*) as eligible,
                    coalesce(sum(case when r.released_at < c.eta then 1 else 0 end), 0) as cleared
                from clearance_case c left join (
                    select mrn, min(created_at) as released_at from notice
                    where notice_type in (:releaseNotices) group by mrn) r on r.mrn = c.mrn
                where c.registered_at >= :from and c.registered_at < :to and c.status <> :cancelled
                    and (c.eta <= :now or r.released_at is not null)""")
                .params(Map.of("from", utc(from), "to", utc(to), "now", utc(now), "releaseNotices", RELEASE_NOTICES,
                        "cancelled", CaseStatus.CANCELLED.name()))
                .query((rs, row) -> new ClearedBeforeArrival(rs.getLong("cleared"), rs.getLong("eligible"))).single();
    }

    long assessedCases(Instant from, Instant to) {
        return jdbc.sql("""
                select count(distinct a.mrn) from assessment a join clearance_case c on c.mrn = a.mrn
                where c.registered_at >= :from and c.registered_at < :to""")
                .params(period(from, to)).query(Long.class).single();
    }

    List<RuleHit> ruleHits(Instant from, Instant to) {
        return jdbc.sql("""
                select f.rule_id, max(f.rule_name) as rule_name, count(distinct a.mrn) as n
                from assessment_finding f join assessment a on a.id = f.assessment_id
                join clearance_case c on c.mrn = a.mrn
                where c.registered_at >= :from and c.registered_at < :to
                group by f.rule_id order by n desc, f.rule_id""")
                .params(period(from, to))
                .query((rs, row) -> new RuleHit(rs.getString("rule_id"), rs.getString("rule_name"), rs.getLong("n")))
                .list();
    }

    /**
     * Per rule that asked for an inspection or more (a finding INSPECT, HOLD or DO_NOT_LOAD): the cases it fired on
     * that an officer sent to inspection, and the inspection results recorded on them that found an irregularity or
     * nothing. A rule that asked for less (a documentary check) is not credited with the inspection.
     */
    List<RuleInspections> inspections(Instant from, Instant to) {
        return jdbc.sql("""
                select f.rule_id, count(distinct a.mrn) as ordered,
                    count(distinct case when i.verdict in (:irregular) then i.id end) as found,
                    count(distinct case when i.verdict = :regular then i.id end) as nothing_found
                from assessment_finding f join assessment a on a.id = f.assessment_id
                join clearance_case c on c.mrn = a.mrn
                left join inspection i on i.mrn = a.mrn
                where c.registered_at >= :from and c.registered_at < :to and f.outcome in (:askedForInspection)
                    and exists (select 1 from officer_decision d where d.mrn = a.mrn and d.decision = :inspect)
                group by f.rule_id order by ordered desc, f.rule_id""")
                .params(Map.of("from", utc(from), "to", utc(to), "inspect", ReferralDecision.INSPECT.name(),
                        "askedForInspection", List.of(Outcome.INSPECT.name(), Outcome.HOLD.name(),
                                Outcome.DO_NOT_LOAD.name()),
                        "regular", InspectionVerdict.NO_IRREGULARITY.name(),
                        "irregular", List.of(InspectionVerdict.IRREGULARITY_HOLD.name(),
                                InspectionVerdict.IRREGULARITY_SEIZURE.name())))
                .query((rs, row) -> new RuleInspections(rs.getString("rule_id"), rs.getLong("ordered"),
                        rs.getLong("found"), rs.getLong("nothing_found")))
                .list();
    }

    /** Countries of the places of loading, by consignments of the cases' current filings. */
    List<Count> topOrigins(Instant from, Instant to) {
        return counts("""
                select g.loading_country as k, count(distinct g.mrn || '/' || g.consignment_position) as n
                from filing_goods_line g join clearance_case c on c.mrn = g.mrn and c.current_version = g.version
                where c.registered_at >= :from and c.registered_at < :to and g.loading_country is not null
                group by g.loading_country order by n desc, k""" + " limit " + TOP, from, to);
    }

    /** HS chapters, by goods items of the cases' current filings. */
    List<Count> topHsChapters(Instant from, Instant to) {
        return counts("""
                select g.hs_chapter as k, count(*) as n
                from filing_goods_line g join clearance_case c on c.mrn = g.mrn and c.current_version = g.version
                where c.registered_at >= :from and c.registered_at < :to and g.hs_chapter is not null
                group by g.hs_chapter order by n desc, k""" + " limit " + TOP, from, to);
    }

    private List<Count> counts(String sql, Instant from, Instant to) {
        return jdbc.sql(sql).params(period(from, to))
                .query((rs, row) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
    }

    private static Map<String, Object> period(Instant from, Instant to) {
        return Map.of("from", utc(from), "to", utc(to));
    }

    private static Map<String, Object> periodAnd(Instant from, Instant to) {
        return Map.of("from", utc(from), "to", utc(to), "decisionNotices", DECISION_NOTICES);
    }

    private static List<String> names(Enum<?>... values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static DecisionTime decisionTime(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long n = rs.getLong("n");
        return new DecisionTime(rs.getString("g"), n, n == 0 ? null : rs.getDouble("p50"),
                n == 0 ? null : rs.getDouble("p90"));
    }
}
