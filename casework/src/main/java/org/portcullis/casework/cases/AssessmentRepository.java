package org.portcullis.casework.cases;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.portcullis.casework.persistence.Rows;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Assessments of cases, each with its findings in rule order. The rows of one assessment (findings, consignment
 * outcomes, watchlist matches) are written in JDBC batches: a filing of 50 consignments is one round trip to the
 * database per table, not 50.
 */
@Repository
public class AssessmentRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final AssessmentDetails details;

    public AssessmentRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.details = new AssessmentDetails(jdbc, batches);
    }

    void insert(Mrn mrn, int filingVersion, Assessment assessment) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into assessment (mrn, filing_version, rule_set_version, outcome, lane, assessed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(mrn.value(), filingVersion, assessment.ruleSetVersion(), assessment.outcome().name(),
                        assessment.lane().name(), utc(assessment.assessedAt()))
                .update(key, "id");
        long id = key.getKey().longValue();
        List<Finding> findings = assessment.findings();
        Rows.insert(batches, """
                insert into assessment_finding (assessment_id, position, rule_id, rule_name, target_kind,
                    target_reference, outcome, reason, carrier_visible, agency)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings.size(), (statement, position) -> {
                    Finding finding = findings.get(position);
                    statement.setLong(1, id);
                    statement.setInt(2, position);
                    statement.setString(3, finding.ruleId());
                    statement.setString(4, truncate(finding.ruleName(), 200));
                    statement.setString(5, finding.target().kind().name());
                    statement.setString(6, truncate(finding.target().reference(), 300));
                    statement.setString(7, finding.outcome().name());
                    statement.setString(8, truncate(finding.reason(), 1000));
                    statement.setBoolean(9, finding.carrierVisible());
                    statement.setString(10, finding.agency());
                });
        details.insert(id, assessment);
    }

    public Optional<Assessment> latest(Mrn mrn) {
        return jdbc.sql("""
                select id, rule_set_version, outcome, lane, assessed_at from assessment
                where mrn = ? order by id desc limit 1""")
                .param(mrn.value())
                .query((rs, row) -> new Assessment(findings(rs.getLong("id")), Outcome.valueOf(rs.getString("outcome")),
                        Lane.valueOf(rs.getString("lane")), rs.getString("rule_set_version"), instant(rs),
                        details.consignments(rs.getLong("id")), details.screeningMatches(rs.getLong("id"), false),
                        details.screeningMatches(rs.getLong("id"), true)))
                .optional();
    }

    /**
     * What a notice to the carrier tells of the case's latest assessment: its lane and the findings the carrier may
     * see, in rule order, in one statement; the consignment outcomes and screening matches, which no notice carries,
     * are not read.
     */
    public Optional<CarrierAssessment> latestForCarrier(Mrn mrn) {
        List<Lane> lane = new ArrayList<>(1);
        List<Finding> findings = new ArrayList<>();
        jdbc.sql("""
                select a.lane, f.rule_id, f.rule_name, f.target_kind, f.target_reference, f.outcome, f.reason,
                    f.carrier_visible, f.agency
                from assessment a left join assessment_finding f on f.assessment_id = a.id and f.carrier_visible = true
                where a.id = (select max(latest.id) from assessment latest where latest.mrn = ?)
                order by f.position""")
                .param(mrn.value())
                .query(rs -> {
                    if (lane.isEmpty()) {
                        lane.add(Lane.valueOf(rs.getString("lane")));
                    }
                    if (rs.getString("rule_id") != null) {
                        findings.add(finding(rs));
                    }
                });
        return lane.isEmpty() ? Optional.empty() : Optional.of(new CarrierAssessment(lane.get(0), findings));
    }

    /** The lane of an assessment and the findings of it the carrier may see. */
    public record CarrierAssessment(Lane lane, List<Finding> carrierVisibleFindings) {

        public CarrierAssessment {
            carrierVisibleFindings = List.copyOf(carrierVisibleFindings);
        }
    }

    /**
     * For each of these cases, the agencies its latest assessment has findings for (the rules' {@code @agency}), in
     * name order; cases without such findings are left out.
     */
    public Map<String, List<String>> agenciesOfLatest(Collection<String> mrns) {
        Map<String, List<String>> agencies = new TreeMap<>();
        if (mrns.isEmpty()) {
            return agencies;
        }
        jdbc.sql("""
                select distinct a.mrn, f.agency from assessment a join assessment_finding f on f.assessment_id = a.id
                where a.mrn in (:mrns) and f.agency is not null
                and a.id = (select max(latest.id) from assessment latest where latest.mrn = a.mrn)
                order by a.mrn, f.agency""")
                .param("mrns", List.copyOf(mrns))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(pair -> agencies.computeIfAbsent(pair.getKey(), mrn -> new ArrayList<>())
                        .add(pair.getValue()));
        return agencies;
    }

    private List<Finding> findings(long assessmentId) {
        return jdbc.sql("""
                select rule_id, rule_name, target_kind, target_reference, outcome, reason, carrier_visible, agency
                from assessment_finding where assessment_id = ? order by position""")
                .param(assessmentId)
                .query((rs, row) -> finding(rs))
                .list();
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(rs.getString("rule_id"), rs.getString("rule_name"),
                new Target(TargetKind.valueOf(rs.getString("target_kind")), rs.getString("target_reference")),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("reason"), rs.getBoolean("carrier_visible"),
                rs.getString("agency"));
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        return rs.getObject("assessed_at", OffsetDateTime.class).toInstant();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
