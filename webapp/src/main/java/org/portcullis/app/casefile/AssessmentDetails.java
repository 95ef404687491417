package org.portcullis.app.casefile;

import java.util.List;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.ConsignmentOutcome;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The parts of an assessment beside its findings: each consignment's outcome and the watchlist matches. */
final class AssessmentDetails {

    private final JdbcClient jdbc;

    AssessmentDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long assessmentId, Assessment assessment) {
        for (ConsignmentOutcome consignment : assessment.consignments()) {
            jdbc.sql("""
                    insert into assessment_consignment (assessment_id, transport_document_number, outcome, lane)
                    values (?, ?, ?, ?)""")
                    .params(assessmentId, consignment.transportDocumentNumber(), consignment.outcome().name(),
                            consignment.lane().name())
                    .update();
        }
        List<ScreeningMatch> matches = assessment.screeningMatches();
        for (int position = 0; position < matches.size(); position++) {
            ScreeningMatch match = matches.get(position);
            jdbc.sql("""
                    insert into screening_match (assessment_id, position, list_name, entry_id, listed_name,
                        subject_kind, subject_reference, subject_key, strength, score, explanation)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(assessmentId, position, match.listName(), match.entryId(), match.listedName(),
                            match.subject().kind().name(), match.subject().reference(), match.subjectKey(),
                            match.strength().name(), match.score(), match.explanation())
                    .update();
        }
    }

    List<ConsignmentOutcome> consignments(long assessmentId) {
        return jdbc.sql("""
                select transport_document_number, outcome from assessment_consignment where assessment_id = ?
                order by transport_document_number""")
                .param(assessmentId)
                .query((rs, row) -> new ConsignmentOutcome(rs.getString(1), Outcome.valueOf(rs.getString(2))))
                .list();
    }

    List<ScreeningMatch> screeningMatches(long assessmentId) {
        return jdbc.sql("select * from screening_match where assessment_id = ? order by position")
                .param(assessmentId)
                .query((rs, row) -> new ScreeningMatch(rs.getString("list_name"), rs.getString("entry_id"),
                        rs.getString("listed_name"), new Target(TargetKind.valueOf(rs.getString("subject_kind")),
                        rs.getString("subject_reference")), rs.getString("subject_key"),
                        MatchStrength.valueOf(rs.getString("strength")), rs.getDouble("score"),
                        rs.getString("explanation")))
                .list();
    }
}
