package org.portcullis.app.dashboard;

import static org.portcullis.app.persistence.SqlTimes.utc;

import java.time.Clock;
import java.util.List;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects the goods lines of every stored filing version (country of the place of loading, HS chapter, gross
 * mass) into {@code filing_goods_line}, for the dashboard's top origins and HS chapters. It catches up with
 * whatever versions were stored since it last ran, whoever stored them (registration, amendment); each version in
 * its own transaction, so that two nodes catching up at once skip each other's versions.
 */
@Component
class GoodsLineProjection {

    private static final Logger log = LoggerFactory.getLogger(GoodsLineProjection.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final FilingDocuments documents;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GoodsLineProjection(JdbcClient jdbc, FilingDocuments documents, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Projects every version not projected yet; returns how many. */
    int catchUp() {
        int projected = 0;
        List<StoredVersion> batch;
        do {
            batch = unprojected();
            for (StoredVersion version : batch) {
                if (project(version)) {
                    projected++;
                }
            }
        } while (batch.size() == BATCH);
        return projected;
    }

    private List<StoredVersion> unprojected() {
        return jdbc.sql("""
                select v.mrn, v.version, v.message_id, v.document, c.carrier_id from filing_version v
                join clearance_case c on c.mrn = v.mrn
                left join filing_version_projected p on p.mrn = v.mrn and p.version = v.version
                where p.mrn is null order by v.received_at limit ?""")
                .param(BATCH)
                .query((rs, row) -> new StoredVersion(rs.getString("mrn"), rs.getInt("version"),
                        rs.getString("message_id"), rs.getString("document"), rs.getString("carrier_id")))
                .list();
    }

    private boolean project(StoredVersion version) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.sql("insert into filing_version_projected (mrn, version, projected_at) values (?, ?, ?)")
                        .params(version.mrn(), version.version(), utc(clock.instant())).update();
                Filing filing = documents.read(version.document(), version.messageId(), version.carrierId());
                insertLines(version, filing.consignments());
                return true;
            }));
        } catch (DuplicateKeyException projectedByAnotherNode) {
            return false;
        } catch (RuntimeException unreadable) {
            log.warn("Filing version {}/{} could not be projected for the dashboard (counted without goods lines): {}",
                    version.mrn(), version.version(), unreadable.toString());
            markWithoutLines(version);
            return false;
        }
    }

    /**
     * Marks a version that does not read as projected, without goods lines, in a transaction of its own: else it
     * would be tried again on every view, and a full batch of them would keep {@link #catchUp} from ending.
     */
    private void markWithoutLines(StoredVersion version) {
        try {
            transactions.executeWithoutResult(status -> jdbc.sql(
                    "insert into filing_version_projected (mrn, version, projected_at) values (?, ?, ?)")
                    .params(version.mrn(), version.version(), utc(clock.instant())).update());
        } catch (DuplicateKeyException projectedByAnotherNode) {
            // marked already
        }
    }

    private void insertLines(StoredVersion version, List<Consignment> consignments) {
        for (int c = 0; c < consignments.size(); c++) {
            Consignment consignment = consignments.get(c);
            String country = consignment.placeOfLoading() == null ? null
                    : consignment.placeOfLoading().country().value();
            for (int l = 0; l < consignment.goodsItems().size(); l++) {
                GoodsItem item = consignment.goodsItems().get(l);
                String chapter = item.hsCode() == null ? null : String.format("%02d", item.hsCode().chapter());
                jdbc.sql("""
                        insert into filing_goods_line (mrn, version, consignment_position, line_position,
                            loading_country, hs_chapter, gross_mass_kg) values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(version.mrn(), version.version(), c, l, country, chapter, item.grossMassKg())
                        .update();
            }
        }
    }

    private record StoredVersion(String mrn, int version, String messageId, String document, String carrierId) {
    }
}
