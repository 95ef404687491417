package org.portcullis.casework.pcs;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.portcullis.casework.outbox.PublishedRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of free pratique notices to the port community system. */
@Repository
public class PcsFreePratiqueRepository {

    private static final String COLUMNS = "notice_id, seq, mrn, free_pratique, body, created_at, published_at";

    private final JdbcClient jdbc;

    public PcsFreePratiqueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String noticeId, String mrn, String freePratique, String body, Instant createdAt) {
        jdbc.sql("""
                insert into pcs_free_pratique_notice (notice_id, mrn, free_pratique, body, created_at)
                values (?, ?, ?, ?, ?)""").params(noticeId, mrn, freePratique, body, utc(createdAt)).update();
    }

    List<Stored> unpublished(int limit) {
        return jdbc.sql("select " + COLUMNS + " from pcs_free_pratique_notice where published_at is null order by seq"
                + " limit ?").param(limit).query(PcsFreePratiqueRepository::map).list();
    }

    void markPublished(List<String> noticeIds, Instant at) {
        PublishedRows.mark(jdbc, "pcs_free_pratique_notice", noticeIds, at);
    }

    public List<Stored> forCase(String mrn) {
        return jdbc.sql("select " + COLUMNS + " from pcs_free_pratique_notice where mrn = ? order by seq").param(mrn)
                .query(PcsFreePratiqueRepository::map).list();
    }

    private static Stored map(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getString("notice_id"), rs.getString("mrn"), rs.getString("free_pratique"),
                rs.getString("body"), instant(rs, "created_at"), instant(rs, "published_at"));
    }

    /** A free pratique notice as the outbox holds it. */
    public record Stored(String noticeId, String mrn, String freePratique, String body, Instant createdAt,
            Instant publishedAt) {
    }
}
