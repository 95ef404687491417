package org.portcullis.casework.redress;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.rules.screening.Redress;
import org.portcullis.rules.screening.RedressRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The redress records ({@code redress_record}): screening reads the latest record of a subject and entry; officers
 * add records and supervisors approve, reject and revoke them. A step changes a row only from the state it expects
 * (an update that finds the row already changed changes nothing), so two supervisors acting at once cannot both win.
 */
@Repository
class RedressStore implements RedressRecords {

    private final JdbcClient jdbc;

    RedressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Redress> find(String listName, String entryId, String subjectKey) {
        return latest(listName, entryId, subjectKey).map(RedressRecord::toRedress);
    }

    /** The latest record for this subject and entry, whatever case it was marked on. */
    Optional<RedressRecord> latest(String listName, String entryId, String subjectKey) {
        return jdbc.sql("""
                select * from redress_record where list_name = ? and entry_id = ? and subject_key = ?
                order by id desc limit 1""")
                .params(listName, entryId, subjectKey).query((rs, row) -> record(rs)).optional();
    }

    /** A record marked on a match of the agency's assessment ({@code agency} null: the lead agency's). */
    long insert(ScreeningMatch match, String agency, String mrn, String reason, LocalDate expiresOn, String officer,
            Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into redress_record (list_name, entry_id, listed_name, subject_key, subject_reference, mrn,
                    marked_on, reason, expires_on, marked_by, marked_at, agency)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(match.listName(), match.entryId(), match.listedName(), match.subjectKey(),
                        match.subject().reference(), mrn, match.strength().name(), reason, Date.valueOf(expiresOn),
                        officer, utc(at), agency)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<RedressRecord> byId(long id) {
        return jdbc.sql("select * from redress_record where id = ?").param(id).query((rs, row) -> record(rs))
                .optional();
    }

    /** Approves a pending record; false when it is no longer pending. */
    boolean approve(long id, String supervisor, Instant at) {
        return jdbc.sql("""
                update redress_record set approved_by = ?, approved_at = ?
                where id = ? and approved_by is null and rejected_by is null and revoked_by is null""")
                .params(supervisor, utc(at), id).update() == 1;
    }

    /** Rejects a pending record; false when it is no longer pending. */
    boolean reject(long id, String supervisor, String why, Instant at) {
        return jdbc.sql("""
                update redress_record set rejected_by = ?, rejected_at = ?, closing_reason = ?
                where id = ? and approved_by is null and rejected_by is null and revoked_by is null""")
                .params(supervisor, utc(at), why, id).update() == 1;
    }

    /** Revokes a record not yet ended; false when it was. */
    boolean revoke(long id, String supervisor, String why, Instant at) {
        return jdbc.sql("""
                update redress_record set revoked_by = ?, revoked_at = ?, closing_reason = ?
                where id = ? and rejected_by is null and revoked_by is null""")
                .params(supervisor, utc(at), why, id).update() == 1;
    }

    /**
     * The latest records of these agencies (a record naming no agency is the lead's), newest first; only those
     * awaiting approval when {@code pendingOnly}.
     */
    List<RedressRecord> latest(boolean pendingOnly, int limit, String lead, Collection<String> agencies) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        String pending = pendingOnly ? """
                and marked_on = 'CONFIRMED' and approved_by is null and rejected_by is null and revoked_by is null
                """ : "";
        return jdbc.sql("select * from redress_record where coalesce(agency, :lead) in (:agencies) " + pending
                        + " order by id desc limit :limit")
                .param("lead", lead).param("agencies", List.copyOf(agencies)).param("limit", limit)
                .query((rs, row) -> record(rs)).list();
    }

    /** The records marked on matches of this case, oldest first. */
    List<RedressRecord> ofCase(String mrn) {
        return jdbc.sql("select * from redress_record where mrn = ? order by id").param(mrn)
                .query((rs, row) -> record(rs)).list();
    }

    private static RedressRecord record(ResultSet rs) throws SQLException {
        Date expires = rs.getDate("expires_on");
        return new RedressRecord(rs.getLong("id"), rs.getString("list_name"), rs.getString("entry_id"),
                rs.getString("listed_name"), rs.getString("subject_key"), rs.getString("subject_reference"),
                rs.getString("mrn"), MatchStrength.valueOf(rs.getString("marked_on")), rs.getString("reason"),
                expires == null ? null : expires.toLocalDate(), rs.getString("marked_by"), instant(rs, "marked_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"), rs.getString("rejected_by"),
                instant(rs, "rejected_at"), rs.getString("revoked_by"), instant(rs, "revoked_at"),
                rs.getString("closing_reason"), rs.getString("agency"));
    }
}
