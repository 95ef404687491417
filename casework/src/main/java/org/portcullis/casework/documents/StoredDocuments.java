package org.portcullis.casework.documents;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.portcullis.casework.ledger.LedgerEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Documents stored once, addressed by their SHA-256 (hex, as the tamper-evident log names a message's body): a
 * carrier's message as received, and a filing's stored form. The same content is one row whoever refers to it
 * (the message, its LRN, the case's versions). A document nothing refers to any more is erased by retention.
 */
@Repository
public class StoredDocuments {

    /** The columns a query selects for a document: the stored content, and the text of rows written before. */
    public static final String CONTENT = "content";
    public static final String LEGACY_TEXT = "document";

    private final JdbcClient jdbc;
    private final Clock clock;

    public StoredDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the content unless it is stored already, and returns its SHA-256. Content stored before is marked as
     * used now, so that retention, which erases only documents unused for a day, leaves it to the caller's
     * transaction to refer to it.
     */
    public String store(byte[] content) {
        String sha256 = LedgerEntries.sha256(content);
        var now = utc(clock.instant());
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = jdbc.sql("""
                    insert into stored_document (sha256, content, stored_at)
                    select ?, ?, ? from (values (1)) as one (x)
                    where not exists (select 1 from stored_document where sha256 = ?)""")
                    .params(sha256, content, now, sha256).update();
            if (inserted == 1 || jdbc.sql("update stored_document set stored_at = ? where sha256 = ?")
                    .params(now, sha256).update() == 1) {
                return sha256;
            }
        }
        throw new IllegalStateException("document " + sha256 + " could neither be stored nor found");
    }

    public String store(String text) {
        return store(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The document's text in a row that selected {@link #CONTENT} (joined by hash) and {@link #LEGACY_TEXT}. */
    public static String text(ResultSet row) throws SQLException {
        byte[] content = row.getBytes(CONTENT);
        return content != null ? new String(content, StandardCharsets.UTF_8) : row.getString(LEGACY_TEXT);
    }

    /**
     * Erases the documents no message, LRN or case version refers to any more and that were not stored or used
     * since {@code unusedSince}; returns how many.
     */
    public int eraseUnreferenced(Instant unusedSince) {
        return jdbc.sql("""
                delete from stored_document where stored_at < ?
                and not exists (select 1 from inbound_message m where m.body_sha256 = stored_document.sha256)
                and not exists (select 1 from filed_lrn f where f.document_sha256 = stored_document.sha256)
                and not exists (select 1 from filing_version v where v.document_sha256 = stored_document.sha256)""")
                .param(utc(unusedSince)).update();
    }
}
