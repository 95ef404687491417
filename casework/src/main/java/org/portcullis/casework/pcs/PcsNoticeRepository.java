package org.portcullis.casework.pcs;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.casework.outbox.PublishedRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of notices to the terminal. */
@Repository
public class PcsNoticeRepository {

    private static final String COLUMNS = "notice_id, seq, mrn, container_number, container_status, body, created_at, "
            + "published_at";

    private final JdbcClient jdbc;

    public PcsNoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String noticeId, String mrn, String containerNumber, String containerStatus, String body,
            Instant createdAt) {
        jdbc.sql("""
                insert into pcs_notice (notice_id, mrn, container_number, container_status, body, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(noticeId, mrn, containerNumber, containerStatus, body, utc(createdAt)).update();
    }

    List<StoredPcsNotice> unpublished(int limit) {
        return jdbc.sql("select " + COLUMNS + " from pcs_notice where published_at is null order by seq limit ?")
                .param(limit).query(PcsNoticeRepository::map).list();
    }

    void markPublished(List<String> noticeIds, Instant at) {
        PublishedRows.mark(jdbc, "pcs_notice", noticeIds, at);
    }

    /** The status each container of the case was last told. */
    Map<String, String> latestStatuses(String mrn) {
        Map<String, String> latest = new HashMap<>();
        forCase(mrn).forEach(notice -> latest.put(notice.containerNumber(), notice.containerStatus()));
        return latest;
    }

    public List<StoredPcsNotice> forCase(String mrn) {
        return jdbc.sql("select " + COLUMNS + " from pcs_notice where mrn = ? order by seq").param(mrn)
                .query(PcsNoticeRepository::map).list();
    }

    private static StoredPcsNotice map(ResultSet rs, int row) throws SQLException {
        return new StoredPcsNotice(rs.getString("notice_id"), rs.getLong("seq"), rs.getString("mrn"),
                rs.getString("container_number"), rs.getString("container_status"), rs.getString("body"),
                instant(rs, "created_at"), instant(rs, "published_at"));
    }
}
