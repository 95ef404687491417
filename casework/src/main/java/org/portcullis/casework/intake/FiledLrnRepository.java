package org.portcullis.casework.intake;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.documents.StoredDocuments;
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
                        FiledLrn.Status.valueOf(rs.getString("status")), rs.getString("document_sha256"),
                        rs.getString("document"), instant(rs, "last_sent_at")))
                .optional();
    }

    /**
     * Whether customs has released or seized the goods of the LRN's case: the case then takes no amendment or
     * cancellation, even while another agency's clearance of the port call keeps its process running.
     */
    boolean goodsDecided(String mrn) {
        return jdbc.sql("select count(*) from clearance_case where mrn = ? and status in ('RELEASED', 'SEIZED')")
                .param(mrn).query(Integer.class).single() > 0;
    }

    /** The LRN's latest filing document. */
    String document(FiledLrn filed) {
        if (filed.documentSha256() == null) {
            return filed.legacyDocument();
        }
        return jdbc.sql("select content, cast(null as varchar) as document from stored_document where sha256 = ?")
                .param(filed.documentSha256()).query((rs, row) -> StoredDocuments.text(rs)).single();
    }

    /** Files the LRN with its document, given by its SHA-256 in the document store. */
    void insert(String carrierId, String lrn, String mrn, String documentSha256, Instant sentAt, Instant now) {
        long position = jdbc.sql("select count(*) from filed_lrn where mrn = ?").param(mrn).query(Long.class).single();
        jdbc.sql("""
                insert into filed_lrn (carrier_id, lrn, mrn, status, document_sha256, last_sent_at, filed_seq,
                    filed_at, updated_at)
                values (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)""")
                .params(carrierId, lrn, mrn, documentSha256, utc(sentAt), position + 1, utc(now), utc(now))
                .update();
    }

    void replace(FiledLrn filed, String documentSha256, Instant sentAt, Instant now) {
        jdbc.sql("""
                update filed_lrn set document_sha256 = ?, document = null, last_sent_at = coalesce(?, last_sent_at),
                    updated_at = ?
                where carrier_id = ? and lrn = ?""")
                .params(documentSha256, utc(sentAt), utc(now), filed.carrierId(), filed.lrn())
                .update();
    }

    void touch(FiledLrn filed, Instant sentAt, Instant now) {
        jdbc.sql("""
                update filed_lrn set last_sent_at = coalesce(?, last_sent_at), updated_at = ?
                where carrier_id = ? and lrn = ?""")
                .params(utc(sentAt), utc(now), filed.carrierId(), filed.lrn())
                .update();
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
        return jdbc.sql("""
                select f.document, d.content from filed_lrn f
                left join stored_document d on d.sha256 = f.document_sha256
                where f.mrn = ? and f.status = 'ACTIVE' order by f.filed_seq, f.lrn""")
                .param(mrn).query((rs, row) -> StoredDocuments.text(rs)).list();
    }

    List<String> lrns(String mrn) {
        return jdbc.sql("select lrn from filed_lrn where mrn = ? order by filed_seq, lrn").param(mrn)
                .query(String.class).list();
    }
}
