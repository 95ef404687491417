package org.portcullis.casework.outbox;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Marks the rows of an outbox table published once the broker took them: one statement (and one commit) for a batch
 * rather than one per row. All of a batch's rows are marked, or none (then they are published again, and the broker's
 * duplicate detection drops the copies).
 */
public final class PublishedRows {

    /** Ids per statement: a relay's whole batch, well under what a database takes as parameters. */
    private static final int SLICE = 500;

    private PublishedRows() {
    }

    /** Sets {@code published_at} of the rows of {@code table} (an outbox of this application) with these ids. */
    public static void mark(JdbcClient jdbc, String table, List<String> noticeIds, Instant at) {
        for (int from = 0; from < noticeIds.size(); from += SLICE) {
            jdbc.sql("update " + table + " set published_at = :at where notice_id in (:ids) and published_at is null")
                    .param("at", utc(at)).param("ids", noticeIds.subList(from, Math.min(noticeIds.size(), from + SLICE)))
                    .update();
        }
    }
}
