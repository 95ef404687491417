package org.portcullis.casework.cases;

import java.util.List;
import org.portcullis.casework.persistence.Rows;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.ConsignmentOutcome;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.ScreeningMatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The parts of an assessment beside its findings: each consignment's outcome and the watchlist matches. */
final class AssessmentDetails {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    AssessmentDetails(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void insert(long assessmentId, Assessment assessment) {
        List<ConsignmentOutcome> consignments = assessment.consignments();
        Rows.insert(batches, """
                insert into assessment_consignment (assessment_id, transport_document_number, outcome, lane,
                rules_lane) values (?, ?, ?, ?, ?)""", consignments.size(), (statement, position) -> {
                    ConsignmentOutcome consignment = consignments.get(position);
                    statement.setLong(1, assessmentId);
                    statement.setString(2, consignment.transportDocumentNumber());
                    statement.setString(3, consignment.outcome().name());
                    statement.setString(4, consignment.lane().name());
                    statement.setString(5, consignment.rulesLane() == null ? null : consignment.rulesLane().name());
                });
        ScreeningMatchRows.insert(batches, ScreeningMatchRows.Table.MAIN, assessmentId, assessment);
    }

    List<ConsignmentOutcome> consignments(long assessmentId) {
        return jdbc.sql("""
                select transport_document_number, outcome, rules_lane from assessment_consignment
                where assessment_id = ? order by transport_document_number""")
                .param(assessmentId)
                .query((rs, row) -> new ConsignmentOutcome(rs.getString(1), Outcome.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : Lane.valueOf(rs.getString(3))))
                .list();
    }

    /** The matches the rules saw ({@code setAside} false) or those redress set aside ({@code setAside} true). */
    List<ScreeningMatch> screeningMatches(long assessmentId, boolean setAside) {
        return ScreeningMatchRows.read(jdbc, ScreeningMatchRows.Table.MAIN, assessmentId, setAside);
    }
}
