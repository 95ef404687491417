package org.portcullis.casework.reassessment;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.util.List;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each re-assessment found and did to its case ({@code case_reassessment}). */
@Repository
public class ReassessmentRecords {

    private static final int MAX_RULE_IDS_LENGTH = 1000;

    private final JdbcClient jdbc;

    public ReassessmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Mrn mrn, Reassessment reassessment) {
        String rules = reassessment.ruleIds();
        jdbc.sql("""
                insert into case_reassessment (mrn, reassessed_at, triggers, case_status, standing_outcome,
                    new_outcome, result, rule_ids, rule_set_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(mrn.value(), utc(reassessment.at()), reassessment.triggers(),
                        reassessment.caseStatus().name(), reassessment.standing().name(),
                        reassessment.found().name(), reassessment.result().name(),
                        rules.length() > MAX_RULE_IDS_LENGTH ? rules.substring(0, MAX_RULE_IDS_LENGTH) : rules,
                        reassessment.ruleSetVersion())
                .update();
    }

    /** The case's re-assessments, oldest first. */
    public List<Reassessment> of(Mrn mrn) {
        return jdbc.sql("""
                select reassessed_at, triggers, case_status, standing_outcome, new_outcome, result, rule_ids,
                    rule_set_version
                from case_reassessment where mrn = ? order by reassessed_at, id""")
                .param(mrn.value())
                .query((rs, row) -> new Reassessment(instant(rs, "reassessed_at"), rs.getString("triggers"),
                        CaseStatus.valueOf(rs.getString("case_status")),
                        Outcome.valueOf(rs.getString("standing_outcome")), Outcome.valueOf(rs.getString("new_outcome")),
                        Reassessment.Result.valueOf(rs.getString("result")), rs.getString("rule_ids"),
                        rs.getString("rule_set_version")))
                .list();
    }
}
