package org.portcullis.casework.cases;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.casework.persistence.Rows;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.ConsignmentOutcome;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
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
                insert into assessment_consignment (assessment_id, transport_document_number, outcome, lane)
                values (?, ?, ?, ?)""", consignments.size(), (statement, position) -> {
                    ConsignmentOutcome consignment = consignments.get(position);
                    statement.setLong(1, assessmentId);
                    statement.setString(2, consignment.transportDocumentNumber());
                    statement.setString(3, consignment.outcome().name());
                    statement.setString(4, consignment.lane().name());
                });
        List<ScreeningMatch> matches = new ArrayList<>(assessment.screeningMatches());
        matches.addAll(assessment.setAsideMatches());
        Rows.insert(batches, """
                insert into screening_match (assessment_id, position, list_name, entry_id, listed_name,
                    subject_kind, subject_reference, subject_key, strength, score, explanation, list_publisher,
                    list_published_on, list_content_hash, set_aside_by, set_aside_at, set_aside_reason,
                    set_aside_approved_by, set_aside_approved_at, set_aside_until)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", matches.size(),
                (statement, position) -> {
                    ScreeningMatch match = matches.get(position);
                    statement.setLong(1, assessmentId);
                    statement.setInt(2, position);
                    statement.setString(3, match.listName());
                    statement.setString(4, match.entryId());
                    statement.setString(5, match.listedName());
                    statement.setString(6, match.subject().kind().name());
                    statement.setString(7, match.subject().reference());
                    statement.setString(8, match.subjectKey());
                    statement.setString(9, match.strength().name());
                    statement.setDouble(10, match.score());
                    statement.setString(11, match.explanation());
                    ScreeningMatchColumns.setVersionAndSetAside(statement, 12, match);
                });
    }

    List<ConsignmentOutcome> consignments(long assessmentId) {
        return jdbc.sql("""
                select transport_document_number, outcome from assessment_consignment where assessment_id = ?
                order by transport_document_number""")
                .param(assessmentId)
                .query((rs, row) -> new ConsignmentOutcome(rs.getString(1), Outcome.valueOf(rs.getString(2))))
                .list();
    }

    /** The matches the rules saw ({@code setAside} false) or those redress set aside ({@code setAside} true). */
    List<ScreeningMatch> screeningMatches(long assessmentId, boolean setAside) {
        return jdbc.sql("select * from screening_match where assessment_id = ? and set_aside_by is "
                        + (setAside ? "not null" : "null") + " order by position")
                .param(assessmentId)
                .query((rs, row) -> new ScreeningMatch(rs.getString("list_name"), rs.getString("entry_id"),
                        rs.getString("listed_name"), new Target(TargetKind.valueOf(rs.getString("subject_kind")),
                        rs.getString("subject_reference")), rs.getString("subject_key"),
                        MatchStrength.valueOf(rs.getString("strength")), rs.getDouble("score"),
                        rs.getString("explanation"), ScreeningMatchColumns.version(rs),
                        ScreeningMatchColumns.setAside(rs)))
                .list();
    }
}
