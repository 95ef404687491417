package org.portcullis.casework.notice;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.portcullis.model.intake.Syntax;
import org.portcullis.casework.outbox.PublishedRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notice outbox table: what the relay publishes and what carriers poll and acknowledge over HTTP. */
@Repository
public class NoticeRepository {

    private static final String COLUMNS = "notice_id, seq, carrier_id, notice_type, lrn, mrn, correlation_id, body, "
            + "syntax, created_at, published_at, acknowledged_at";

    private final JdbcClient jdbc;

    private static final int ACKNOWLEDGE_SLICE = 500;

    public NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a notice; {@code publishedAt} is set at once for carriers that take notices over HTTP only. */
    void insert(StoredNotice notice) {
        jdbc.sql("""
                insert into notice (notice_id, carrier_id, notice_type, lrn, mrn, correlation_id, body, syntax,
                    created_at, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(notice.noticeId(), notice.carrierId(), notice.type(), notice.lrn(), notice.mrn(),
                        notice.correlationId(), notice.body(), notice.syntax().name(), utc(notice.createdAt()),
                        utc(notice.publishedAt()))
                .update();
    }

    List<StoredNotice> unpublished(int limit) {
        return jdbc.sql("select " + COLUMNS + " from notice where published_at is null order by seq limit ?")
                .param(limit).query(NoticeRepository::map).list();
    }

    void markPublished(List<String> noticeIds, Instant at) {
        PublishedRows.mark(jdbc, "notice", noticeIds, at);
    }

    /** The first notice that answered a carrier's message (ACCEPTED or REJECTED). */
    public Optional<StoredNotice> firstAnswerTo(String carrierId, String messageId) {
        return jdbc.sql("select " + COLUMNS + " from notice where carrier_id = ? and correlation_id = ? order by seq")
                .params(carrierId, messageId).query(NoticeRepository::map).stream().findFirst();
    }

    public Optional<StoredNotice> find(String noticeId) {
        return jdbc.sql("select " + COLUMNS + " from notice where notice_id = ?").param(noticeId)
                .query(NoticeRepository::map).optional();
    }

    public List<StoredNotice> forCase(String mrn) {
        return jdbc.sql("select " + COLUMNS + " from notice where mrn = ? order by seq")
                .param(mrn).query(NoticeRepository::map).list();
    }

    /** The carrier's notices it has not acknowledged yet, oldest first. */
    public List<StoredNotice> unacknowledged(String carrierId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notice where carrier_id = ? and acknowledged_at is null "
                        + "order by seq limit ?")
                .params(carrierId, limit).query(NoticeRepository::map).list();
    }

    /**
     * Marks the carrier's own notices among {@code noticeIds} acknowledged; returns how many were newly marked. The
     * ids go to the database in slices, so that no statement carries more parameters than a database takes.
     */
    public int acknowledge(String carrierId, Collection<String> noticeIds, Instant at) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(noticeIds));
        int marked = 0;
        for (int from = 0; from < ids.size(); from += ACKNOWLEDGE_SLICE) {
            marked += jdbc.sql("update notice set acknowledged_at = :at where carrier_id = :carrier "
                            + "and notice_id in (:ids) and acknowledged_at is null")
                    .param("at", utc(at)).param("carrier", carrierId)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + ACKNOWLEDGE_SLICE))).update();
        }
        return marked;
    }

    /**
     * What a notice about the case names: the carrier, the LRN and message id of the case's current filing version
     * and the syntax the carrier last filed in (one statement: a filing's path issues five such notices).
     */
    Optional<CaseFacts> caseFacts(String mrn) {
        return jdbc.sql("""
                select c.carrier_id, coalesce(v.lrn, c.lrn) as lrn, v.message_id, c.filing_syntax from clearance_case c
                join filing_version v on v.mrn = c.mrn and v.version = c.current_version where c.mrn = ?""")
                .param(mrn)
                .query((rs, row) -> new CaseFacts(rs.getString("carrier_id"), rs.getString("lrn"),
                        rs.getString("message_id"), Syntax.valueOf(rs.getString("filing_syntax"))))
                .optional();
    }

    record CaseFacts(String carrierId, String currentLrn, String currentMessageId, Syntax syntax) {
    }

    private static StoredNotice map(ResultSet rs, int row) throws SQLException {
        return new StoredNotice(rs.getString("notice_id"), rs.getLong("seq"), rs.getString("carrier_id"),
                rs.getString("notice_type"), rs.getString("lrn"), rs.getString("mrn"), rs.getString("correlation_id"),
                rs.getString("body"), Syntax.valueOf(rs.getString("syntax")), instant(rs, "created_at"),
                instant(rs, "published_at"), instant(rs, "acknowledged_at"));
    }
}
