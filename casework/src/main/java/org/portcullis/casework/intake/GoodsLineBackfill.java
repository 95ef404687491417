package org.portcullis.casework.intake;

import jakarta.annotation.PreDestroy;
import java.util.List;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.filing.Filing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes, once, the goods lines of the filing versions stored before they were written with their version: the
 * versions migration V43 queued in {@code filing_goods_line_backfill}. Runs on a thread of its own once the
 * application is ready, and finds the queue empty ever after. Each version is taken off the queue with its lines in
 * one transaction, so that nodes starting together skip each other's; a version whose document does not read is
 * taken off without lines (the dashboard counts it without goods).
 */
@Component
class GoodsLineBackfill {

    private static final Logger log = LoggerFactory.getLogger(GoodsLineBackfill.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final FilingDocuments documents;
    private final FilingGoodsLines goodsLines;
    private final TransactionTemplate transactions;
    private volatile boolean stopping;

    GoodsLineBackfill(JdbcClient jdbc, FilingDocuments documents, FilingGoodsLines goodsLines,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.goodsLines = goodsLines;
        this.transactions = transactions;
    }

    /**
     * Starts the back-fill on a thread of its own, so that a large queue does not keep the application from being
     * ready (meanwhile the dashboard counts the versions not yet written without their goods).
     */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Thread worker = new Thread(this::runAndReport, "goods-line-backfill");
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
                log.info("Wrote the goods lines of {} filing versions stored before they were written with them",
                        written);
            }
        } catch (RuntimeException e) {
            log.warn("Goods-line back-fill stopped; the versions left stay queued for the next start: {}", e.toString());
        }
    }

    /** Takes every queued version off the queue with its goods lines; returns how many this node took. */
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
                    log.warn("Goods lines of filing version {}/{} not written, left queued for the next start: {}",
                            version.mrn(), version.version(), e.toString());
                }
            }
        } while (batch.size() == BATCH && failed < batch.size());
        return taken;
    }

    private List<QueuedVersion> queued() {
        return jdbc.sql("""
                select q.mrn, q.version, v.message_id, v.document, c.carrier_id from filing_goods_line_backfill q
                join filing_version v on v.mrn = q.mrn and v.version = q.version
                join clearance_case c on c.mrn = q.mrn
                order by q.mrn, q.version limit ?""")
                .param(BATCH)
                .query((rs, row) -> new QueuedVersion(rs.getString("mrn"), rs.getInt("version"),
                        rs.getString("message_id"), rs.getString("document"), rs.getString("carrier_id")))
                .list();
    }

    /** False when another node took the version first. */
    private boolean take(QueuedVersion version) {
        if (jdbc.sql("delete from filing_goods_line_backfill where mrn = ? and version = ?")
                .params(version.mrn(), version.version()).update() == 0) {
            return false;
        }
        Filing filing;
        try {
            filing = documents.read(version.document(), version.messageId(), version.carrierId());
        } catch (RuntimeException unreadable) {
            log.warn("Filing version {}/{} does not read: counted on the dashboard without goods lines ({})",
                    version.mrn(), version.version(), unreadable.toString());
            return true;
        }
        goodsLines.insert(version.mrn(), version.version(), filing);
        return true;
    }

    private record QueuedVersion(String mrn, int version, String messageId, String document, String carrierId) {
    }
}
