package org.portcullis.casework.rules;

import java.util.List;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.backtest.StoredFiling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current filings of the latest cases, for backtests. */
@Repository
public class StoredFilings {

    private final JdbcClient jdbc;
    private final FilingDocuments documents;

    StoredFilings(JdbcClient jdbc, FilingDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    public List<StoredFiling> latest(int count) {
        return jdbc.sql("""
                select c.mrn, c.carrier_id, v.message_id, v.document, d.content from clearance_case c
                join filing_version v on v.mrn = c.mrn and v.version = c.current_version
                left join stored_document d on d.sha256 = v.document_sha256
                order by c.registered_at desc, c.mrn desc limit ?""")
                .param(count)
                .query((rs, row) -> new StoredFiling(Mrn.of(rs.getString("mrn")), documents.read(
                        StoredDocuments.text(rs), rs.getString("message_id"), rs.getString("carrier_id"))))
                .list();
    }
}
