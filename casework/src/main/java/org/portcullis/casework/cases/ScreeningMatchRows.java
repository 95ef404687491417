package org.portcullis.casework.cases;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.casework.persistence.Rows;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The watchlist matches of one assessment as rows: customs' main assessment keeps them in {@code screening_match},
 * another agency's assessment in {@code agency_screening_match}; both have the same columns.
 */
public final class ScreeningMatchRows {

    /** Where an assessment's matches are kept. */
    public enum Table {
        MAIN("screening_match"), AGENCY("agency_screening_match");

        private final String name;

        Table(String name) {
            this.name = name;
        }
    }

    private ScreeningMatchRows() {
    }

    /** Writes the matches the rules saw and those redress set aside, in one batch. */
    public static void insert(JdbcTemplate batches, Table table, long assessmentId, Assessment assessment) {
        List<ScreeningMatch> matches = new ArrayList<>(assessment.screeningMatches());
        matches.addAll(assessment.setAsideMatches());
        Rows.insert(batches, "insert into " + table.name + """
                 (assessment_id, position, list_name, entry_id, listed_name,
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

    /** The matches the rules saw ({@code setAside} false) or those redress set aside ({@code setAside} true). */
    public static List<ScreeningMatch> read(JdbcClient jdbc, Table table, long assessmentId, boolean setAside) {
        return jdbc.sql("select * from " + table.name + " where assessment_id = ? and set_aside_by is "
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
