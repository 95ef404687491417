package org.portcullis.casework.rules;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.portcullis.rules.screening.RedressRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Redress records: an officer marked a watchlist match as a false positive. Screening no longer flags the same
 * subject for that entry. Records are only ever added, with who, when, why and the case: they are the audit trail.
 */
@Repository
public class ScreeningRedress implements RedressRegister {

    /** One redress record. */
    public record Record(String listName, String entryId, String subjectReference, String mrn, String reason,
            String officer, Instant recordedAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(ScreeningRedress.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    ScreeningRedress(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean isCleared(String listName, String entryId, String subjectKey) {
        return jdbc.sql("""
                select count(*) from screening_redress where list_name = ? and entry_id = ? and subject_key = ?""")
                .params(listName, entryId, subjectKey).query(Integer.class).single() > 0;
    }

    public void record(String listName, String entryId, String subjectKey, String subjectReference, String mrn,
            String reason, String officer) {
        jdbc.sql("""
                insert into screening_redress (list_name, entry_id, subject_key, subject_reference, mrn, reason,
                    officer, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(listName, entryId, subjectKey, subjectReference, mrn, reason, officer, utc(clock.instant()))
                .update();
        log.info("Redress: {} cleared a subject of case {} for entry {} of {}", officer, mrn, entryId, listName);
    }

    public List<Record> latest(int limit) {
        return jdbc.sql("select * from screening_redress order by id desc limit " + limit)
                .query((rs, row) -> new Record(rs.getString("list_name"), rs.getString("entry_id"),
                        rs.getString("subject_reference"), rs.getString("mrn"), rs.getString("reason"),
                        rs.getString("officer"), instant(rs, "recorded_at")))
                .list();
    }
}
