package org.portcullis.casework.intake;

import jakarta.annotation.PreDestroy;
import java.util.List;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.error.FailureSummary;
import org.portcullis.model.filing.Filing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes, once, rows derived from filing versions stored before those rows were written with their version: the
 * goods lines of the versions migration V43 queued in {@code filing_goods_line_backfill}, the crew and passenger
 * lists of the current versions V90 queued in {@code filing_person_backfill}. Runs on a thread of its own once the
 * application is ready, and finds its queue empty ever after. Each version is taken off the queue with its rows in
 * one transaction, so that nodes starting together skip each other's; a version whose document does not read is
 * taken off without rows.
 */
class VersionBackfill {

    /** Writes the rows of one filing version. */
    @FunctionalInterface
    interface VersionRows {
        void insert(String mrn, int version, Filing filing);
    }

    private static final Logger log = LoggerFactory.getLogger(VersionBackfill.class);
    private static final int BATCH = 200;

    private final String what;
    private final String queue;
    private final VersionRows rows;
    private final JdbcClient jdbc;
    private final FilingDocuments documents;
    private final TransactionTemplate transactions;
    private volatile boolean stopping;

    /**
     * @param what the rows in words, for the log ("goods lines")
     * @param queue the queue table (columns mrn, version)
     */
    VersionBackfill(String what, String queue, VersionRows rows, JdbcClient jdbc, FilingDocuments documents,
            TransactionTemplate transactions) {
        this.what = what;
        this.queue = queue;
        this.rows = rows;
        this.jdbc = jdbc;
        this.documents = documents;
        this.transactions = transactions;
    }

    /**
     * Starts the back-fill on a thread of its own, so that a large queue does not keep the application from being
     * ready (meanwhile the versions not yet written count without those rows).
     */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Thread worker = new Thread(this::runAndReport, queue);
        worker.setDaemon(true);
        worker.start();
    }

    /** Lets a back-fill under way end after the version it is writing; the rest stays queued for the next start. */
    @PreDestroy
    void stop() {
        stopping = true;
    }

    private void runAndReport() {
        try {
            int written = run();
            if (written > 0) {
                log.info("Wrote the {} of {} filing versions stored before they were written with them", what,
                        written);
            }
        } catch (RuntimeException e) {
            log.warn("Back-fill of {} stopped; the versions left stay queued for the next start: {}", what,
                    e.toString());
        }
    }

    /** Takes every queued version off the queue with its rows; returns how many this node took. */
    int run() {
        int taken = 0;
        List<QueuedVersion> batch;
        int failed;
        do {
            batch = queued();
            failed = 0;
            for (QueuedVersion version : batch) {
                if (stopping) {
                    return taken;
                }
                try {
                    taken += Boolean.TRUE.equals(transactions.execute(status -> take(version))) ? 1 : 0;
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("The {} of filing version {}/{} not written, left queued for the next start: {}", what,
                            version.mrn(), version.version(), FailureSummary.of(e));
                }
            }
        } while (batch.size() == BATCH && failed < batch.size());
        return taken;
    }

    private List<QueuedVersion> queued() {
        return jdbc.sql("""
                select q.mrn, q.version, v.message_id, v.document, d.content, c.carrier_id from %s q
                join filing_version v on v.mrn = q.mrn and v.version = q.version
                left join stored_document d on d.sha256 = v.document_sha256
                join clearance_case c on c.mrn = q.mrn
                order by q.mrn, q.version limit ?""".formatted(queue))
                .param(BATCH)
                .query((rs, row) -> new QueuedVersion(rs.getString("mrn"), rs.getInt("version"),
                        rs.getString("message_id"), StoredDocuments.text(rs), rs.getString("carrier_id")))
                .list();
    }

    /** False when another node took the version first. */
    private boolean take(QueuedVersion version) {
        if (jdbc.sql("delete from " + queue + " where mrn = ? and version = ?")
                .params(version.mrn(), version.version()).update() == 0) {
            return false;
        }
        Filing filing;
        try {
            filing = documents.read(version.document(), version.messageId(), version.carrierId());
        } catch (RuntimeException unreadable) {
            log.warn("Filing version {}/{} does not read: taken off without its {} ({})", version.mrn(),
                    version.version(), what, FailureSummary.of(unreadable));
            return true;
        }
        rows.insert(version.mrn(), version.version(), filing);
        return true;
    }

    private record QueuedVersion(String mrn, int version, String messageId, String document, String carrierId) {
    }
}
