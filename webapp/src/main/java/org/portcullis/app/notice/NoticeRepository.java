package org.portcullis.app.notice;

import static org.portcullis.app.persistence.SqlTimes.instant;
import static org.portcullis.app.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notice outbox table. */
@Repository
public class NoticeRepository {

    private static final String COLUMNS = "notice_id, seq, carrier_id, notice_type, lrn, mrn, correlation_id, body, "
            + "created_at, published_at";

    private final JdbcClient jdbc;

    public NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String noticeId, String carrierId, String type, String lrn, String mrn, String correlationId,
            String body, Instant createdAt) {
        jdbc.sql("""
                insert into notice (notice_id, carrier_id, notice_type, lrn, mrn, correlation_id, body, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(noticeId, carrierId, type, lrn, mrn, correlationId, body, utc(createdAt))
                .update();
    }

    List<StoredNotice> unpublished(int limit) {
        return jdbc.sql("select " + COLUMNS + " from notice where published_at is null order by seq limit ?")
                .param(limit).query(NoticeRepository::map).list();
    }

    void markPublished(List<String> noticeIds, Instant at) {
        for (String noticeId : noticeIds) {
            jdbc.sql("update notice set published_at = ? where notice_id = ? and published_at is null")
                    .params(utc(at), noticeId).update();
        }
    }

    /** The first notice that answered a carrier's message (ACCEPTED or REJECTED). */
    public Optional<StoredNotice> firstAnswerTo(String carrierId, String messageId) {
        return jdbc.sql("select " + COLUMNS + " from notice where carrier_id = ? and correlation_id = ? order by seq")
                .params(carrierId, messageId).query(NoticeRepository::map).stream().findFirst();
    }

    public List<StoredNotice> forCase(String mrn) {
        return jdbc.sql("select " + COLUMNS + " from notice where mrn = ? order by seq")
                .param(mrn).query(NoticeRepository::map).list();
    }

    private static StoredNotice map(ResultSet rs, int row) throws SQLException {
        return new StoredNotice(rs.getString("notice_id"), rs.getLong("seq"), rs.getString("carrier_id"),
                rs.getString("notice_type"), rs.getString("lrn"), rs.getString("mrn"), rs.getString("correlation_id"),
                rs.getString("body"), instant(rs, "created_at"), instant(rs, "published_at"));
    }


}
