package org.portcullis.casework.intake;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Clock;
import org.portcullis.casework.iot.CaseSubjects;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.intake.Syntax;
import java.util.Optional;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes cases and the versions of their filings: version 1 when a case is opened, a new version whenever one of
 * its LRNs is amended, cancelled or joined. The case's headline (vessel, ETA, consignments) follows the newest, and
 * each version's goods lines ({@link FilingGoodsLines}), persons ({@link FilingPersons}) and what sensors report on
 * ({@link CaseSubjects}: containers, MMSI, IMO number) are written with it.
 */
@Repository
class CaseVersions {

    private final JdbcClient jdbc;
    private final FilingDocuments documents;
    private final StoredDocuments store;
    private final FilingGoodsLines goodsLines;
    private final FilingPersons persons;
    private final CaseSubjects subjects;
    private final Clock clock;

    CaseVersions(JdbcClient jdbc, FilingDocuments documents, StoredDocuments store, FilingGoodsLines goodsLines,
            FilingPersons persons, CaseSubjects subjects, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.store = store;
        this.goodsLines = goodsLines;
        this.persons = persons;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** Stores a newly registered filing (its document given by SHA-256, {@link #store}) as version 1 of a new case. */
    void open(Mrn mrn, Filing filing, String documentSha256, Syntax syntax) {
        var now = utc(clock.instant());
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at, filing_syntax)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                .params(mrn.value(), filing.header().carrierId(), filing.header().lrn(), CaseStatus.REGISTERED.name(),
                        filing.vessel().imoNumber().value(), filing.vessel().name(),
                        filing.portCall().portOfCall().value(), utc(filing.portCall().eta()),
                        filing.consignments().size(), now, now, syntax.name())
                .update();
        insertVersion(mrn, 1, filing, documentSha256);
    }

    /** Stores {@code filing} (the merge of the case's standing LRNs) as the case's next version. */
    void addVersion(Mrn mrn, Filing filing, Syntax syntax) {
        int version = jdbc.sql("select current_version from clearance_case where mrn = ? for update")
                .param(mrn.value()).query(Integer.class).single() + 1;
        insertVersion(mrn, version, filing, store(filing));
        jdbc.sql("""
                update clearance_case set current_version = ?, vessel_name = ?, eta = ?, consignment_count = ?,
                    filing_syntax = ?, updated_at = ?
                where mrn = ?""")
                .params(version, filing.vessel().name(), utc(filing.portCall().eta()), filing.consignments().size(),
                        syntax.name(), utc(clock.instant()), mrn.value())
                .update();
    }

    /** The current filing of the carrier's case, or empty when the MRN is not one of the carrier's cases. */
    Optional<Filing> currentFiling(String mrn, FilingHeader message) {
        return jdbc.sql("""
                select v.document, d.content from clearance_case c
                join filing_version v on v.mrn = c.mrn and v.version = c.current_version
                left join stored_document d on d.sha256 = v.document_sha256
                where c.mrn = ? and c.carrier_id = ?""")
                .params(mrn, message.carrierId()).query((rs, row) -> StoredDocuments.text(rs)).optional()
                .map(document -> read(document, message));
    }

    /** Stores the filing in its published form, once, and returns the document's SHA-256. */
    String store(Filing filing) {
        return store.store(documents.write(filing));
    }

    /** A stored filing document, with the transport fields of the message now handled. */
    Filing read(String document, FilingHeader message) {
        return documents.read(document, message.messageId(), message.carrierId());
    }

    private void insertVersion(Mrn mrn, int version, Filing filing, String documentSha256) {
        jdbc.sql("""
                insert into filing_version (mrn, version, message_id, message_function, document_sha256, received_at,
                    lrn)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(mrn.value(), version, filing.header().messageId(), filing.header().function().name(),
                        documentSha256, utc(clock.instant()), filing.header().lrn())
                .update();
        goodsLines.insert(mrn.value(), version, filing);
        persons.insert(mrn.value(), version, filing);
        subjects.insert(mrn.value(), version, filing);
    }
}
