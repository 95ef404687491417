package org.portcullis.casework.iot;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each re-assessment on sensor events found and did to its case ({@code case_reassessment}). */
@Repository
public class ReassessmentRecords {

    private static final int MAX_RULE_IDS_LENGTH = 1000;

    private final JdbcClient jdbc;

    public ReassessmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Mrn mrn, Instant at, CaseStatus status, Outcome standing, Outcome found, Reassessment.Result result,
            List<String> ruleIds) {
        String rules = String.join(",", ruleIds);
        jdbc.sql("""
                insert into case_reassessment (mrn, reassessed_at, case_status, standing_outcome, new_outcome, result,
                    rule_ids) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(mrn.value(), utc(at), status.name(), standing.name(), found.name(), result.name(),
                        rules.length() > MAX_RULE_IDS_LENGTH ? rules.substring(0, MAX_RULE_IDS_LENGTH) : rules)
                .update();
    }

    /** The case's re-assessments on sensor events, oldest first. */
    public List<Reassessment> of(Mrn mrn) {
        return jdbc.sql("""
                select reassessed_at, case_status, standing_outcome, new_outcome, result, rule_ids
                from case_reassessment where mrn = ? order by reassessed_at, id""")
                .param(mrn.value())
                .query((rs, row) -> new Reassessment(instant(rs, "reassessed_at"),
                        CaseStatus.valueOf(rs.getString("case_status")),
                        Outcome.valueOf(rs.getString("standing_outcome")), Outcome.valueOf(rs.getString("new_outcome")),
                        Reassessment.Result.valueOf(rs.getString("result")), rs.getString("rule_ids")))
                .list();
    }
}
