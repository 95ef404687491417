package org.portcullis.casework.cases;

import static org.portcullis.casework.persistence.SqlTimes.instant;

import java.time.Instant;
import java.util.List;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened to a case, as its tables record it: the messages in, the versions of the filing, the assessments. */
@Repository
public class CaseHistoryRepository {

    private final JdbcClient jdbc;

    public CaseHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The carrier's messages linked to the case, oldest first. */
    public List<MessageIn> messagesIn(Mrn mrn) {
        return jdbc.sql("""
                select message_id, channel, received_at, disposition from inbound_message
                where mrn = ? order by received_at, id""")
                .param(mrn.value())
                .query((rs, row) -> new MessageIn(rs.getString("message_id"), rs.getString("channel"),
                        instant(rs, "received_at"), rs.getString("disposition")))
                .list();
    }

    /** Every version of the filing, first to last, with its stored v1 document. */
    public List<FilingVersion> versions(Mrn mrn) {
        return jdbc.sql("""
                select v.version, v.message_id, v.message_function, v.document, d.content, v.received_at
                from filing_version v left join stored_document d on d.sha256 = v.document_sha256
                where v.mrn = ? order by v.version""")
                .param(mrn.value())
                .query((rs, row) -> new FilingVersion(rs.getInt("version"), rs.getString("message_id"),
                        rs.getString("message_function"), instant(rs, "received_at"), StoredDocuments.text(rs)))
                .list();
    }

    /** Every assessment of the case, oldest first, with the number of findings. */
    public List<AssessmentRecord> assessments(Mrn mrn) {
        return jdbc.sql("""
                select a.filing_version, a.rule_set_version, a.outcome, a.lane, a.assessed_at,
                    (select count(*) from assessment_finding f where f.assessment_id = a.id) as findings
                from assessment a where a.mrn = ? order by a.assessed_at, a.id""")
                .param(mrn.value())
                .query((rs, row) -> new AssessmentRecord(rs.getInt("filing_version"), rs.getString("rule_set_version"),
                        rs.getString("outcome"), rs.getString("lane"), instant(rs, "assessed_at"),
                        rs.getInt("findings")))
                .list();
    }

    /** A message a carrier sent about the case. */
    public record MessageIn(String messageId, String channel, Instant receivedAt, String disposition) {
    }

    /** One version of the filing as stored. */
    public record FilingVersion(int version, String messageId, String function, Instant receivedAt, String document) {
    }

    /** One assessment of the case, without its findings. */
    public record AssessmentRecord(int filingVersion, String ruleSetVersion, String outcome, String lane,
            Instant assessedAt, int findings) {
    }
}
