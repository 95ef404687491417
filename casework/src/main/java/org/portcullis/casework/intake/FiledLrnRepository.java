package org.portcullis.casework.intake;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The LRNs carriers filed, with the latest version of each filing; the parts a case's current filing merges. */
@Repository
class FiledLrnRepository {

    private final JdbcClient jdbc;

    FiledLrnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The LRN's row, locked until the transaction ends, so that two messages for one LRN take turns. */
    Optional<FiledLrn> lock(String carrierId, String lrn) {
        return jdbc.sql("select * from filed_lrn where carrier_id = ? and lrn = ? for update")
                .params(carrierId, lrn)
                .query((rs, row) -> new FiledLrn(rs.getString("carrier_id"), rs.getString("lrn"), rs.getString("mrn"),
                        FiledLrn.Status.valueOf(rs.getString("status")), rs.getString("document"),
                        instant(rs, "last_sent_at")))
                .optional();
    }

    void insert(String carrierId, String lrn, String mrn, String document, Instant sentAt, Instant now) {
        long position = jdbc.sql("select count(*) from filed_lrn where mrn = ?").param(mrn).query(Long.class).single();
        jdbc.sql("""
                insert into filed_lrn (carrier_id, lrn, mrn, status, document, last_sent_at, filed_seq, filed_at,
                    updated_at)
                values (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)""")
                .params(carrierId, lrn, mrn, document, utc(sentAt), position + 1, utc(now), utc(now))
                .update();
    }

    void replace(FiledLrn filed, String document, Instant sentAt, Instant now) {
        jdbc.sql("""
                update filed_lrn set document = ?, last_sent_at = coalesce(?, last_sent_at), updated_at = ?
                where carrier_id = ? and lrn = ?""")
                .params(document, utc(sentAt), utc(now), filed.carrierId(), filed.lrn())
                .update();
    }

    void touch(FiledLrn filed, Instant sentAt, Instant now) {
        replace(filed, filed.document(), sentAt, now);
    }

    void cancel(FiledLrn filed, Instant sentAt, Instant now) {
        jdbc.sql("""
                update filed_lrn set status = 'CANCELLED', last_sent_at = coalesce(?, last_sent_at), updated_at = ?
                where carrier_id = ? and lrn = ?""")
                .params(utc(sentAt), utc(now), filed.carrierId(), filed.lrn())
                .update();
    }

    /** The documents of the case's LRNs that still stand, in the order they were filed. */
    List<String> activeDocuments(String mrn) {
        return jdbc.sql("select document from filed_lrn where mrn = ? and status = 'ACTIVE' order by filed_seq, lrn")
                .param(mrn).query(String.class).list();
    }

    List<String> lrns(String mrn) {
        return jdbc.sql("select lrn from filed_lrn where mrn = ? order by filed_seq, lrn").param(mrn)
                .query(String.class).list();
    }
}
