package org.portcullis.casework.cases;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.documents.ParsedFilings;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clearance cases, the versions of their filings, and what the workflow records on them. */
@Repository
public class CaseFileRepository implements CaseFiles {

    /** The columns of a case summary, read by {@link #map}. */
    public static final String SUMMARY = """
            select c.*, v.message_id as current_message_id from clearance_case c
            join filing_version v on v.mrn = c.mrn and v.version = c.current_version""";

    private final JdbcClient jdbc;
    private final FilingDocuments documents;
    private final AssessmentRepository assessments;
    private final Clock clock;
    private final Ledger ledger;
    private final ParsedFilings parsed;

    public CaseFileRepository(JdbcClient jdbc, FilingDocuments documents, AssessmentRepository assessments,
            Clock clock, Ledger ledger, ParsedFilings parsed) {
        this.jdbc = jdbc;
        this.parsed = parsed;
        this.documents = documents;
        this.assessments = assessments;
        this.clock = clock;
        this.ledger = ledger;
    }

    public Optional<CaseSummary> summary(Mrn mrn) {
        return jdbc.sql(SUMMARY + " where c.mrn = ?").param(mrn.value()).query(CaseFileRepository::map).optional();
    }

    public List<CaseSummary> summaries(Collection<String> mrns) {
        if (mrns.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " where c.mrn in (:mrns)").param("mrns", mrns).query(CaseFileRepository::map).list();
    }

    public Optional<Assessment> latestAssessment(Mrn mrn) {
        return assessments.latest(mrn);
    }

    /** The lane and carrier-visible findings of the case's latest assessment, which is all a notice tells of it. */
    public Optional<AssessmentRepository.CarrierAssessment> latestAssessmentForCarrier(Mrn mrn) {
        return assessments.latestForCarrier(mrn);
    }

    public List<OfficerDecision> decisions(Mrn mrn) {
        return jdbc.sql("select * from officer_decision where mrn = ? order by id").param(mrn.value())
                .query((rs, row) -> new OfficerDecision(mrn,
                        ReferralDecision.valueOf(rs.getString("decision")),
                        rs.getString("reason"), rs.getString("carrier_message"), rs.getString("officer"),
                        rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * The current filing, parsed once per node: the version's row names its document by SHA-256, and only a document
     * this node has not parsed yet is read (content and all) and parsed ({@link ParsedFilings}).
     */
    @Override
    public Filing currentFiling(Mrn mrn) {
        CurrentVersion current = jdbc.sql("""
                select v.document_sha256, v.message_id, c.carrier_id from clearance_case c
                join filing_version v on v.mrn = c.mrn and v.version = c.current_version where c.mrn = ?""")
                .param(mrn.value())
                .query((rs, row) -> new CurrentVersion(rs.getString("document_sha256"), rs.getString("message_id"),
                        rs.getString("carrier_id")))
                .optional().orElseThrow(() -> new IllegalStateException("no filing registered under " + mrn));
        return parsed.read(current.sha256(), current.messageId(), current.carrierId(), () -> storedDocument(mrn));
    }

    private record CurrentVersion(String sha256, String messageId, String carrierId) {
    }

    private String storedDocument(Mrn mrn) {
        return jdbc.sql("""
                select v.document, d.content from clearance_case c
                join filing_version v on v.mrn = c.mrn and v.version = c.current_version
                left join stored_document d on d.sha256 = v.document_sha256 where c.mrn = ?""")
                .param(mrn.value()).query((rs, row) -> StoredDocuments.text(rs)).single();
    }

    /** The filing of the case's current version, from the versions of its filing the caller has read already. */
    public Filing currentFiling(CaseSummary summary, List<CaseHistoryRepository.FilingVersion> versions) {
        return versions.stream().filter(version -> version.version() == summary.currentVersion()).findFirst()
                .map(version -> documents.read(version.document(), version.messageId(), summary.carrierId()))
                .orElseThrow(() -> new IllegalStateException("no filing registered under " + summary.mrn()));
    }

    @Override
    public void recordAssessment(Mrn mrn, Assessment assessment) {
        int version = summary(mrn).orElseThrow().currentVersion();
        assessments.insert(mrn, version, assessment);
        jdbc.sql("update clearance_case set outcome = ?, lane = ?, updated_at = ? where mrn = ?")
                .params(assessment.outcome().name(), assessment.lane().name(), utc(clock.instant()), mrn.value())
                .update();
    }

    @Override
    public void recordDecision(OfficerDecision decision) {
        jdbc.sql("""
                insert into officer_decision (mrn, decision, reason, carrier_message, officer, decided_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(decision.mrn().value(), decision.decision().name(), decision.reason(),
                        decision.carrierMessage(), decision.officer(), utc(decision.decidedAt()))
                .update();
        ledger.record(LedgerEntries.officerDecision(decision), null);
    }

    @Override
    public void changeStatus(Mrn mrn, CaseStatus status) {
        jdbc.sql("update clearance_case set status = ?, updated_at = ? where mrn = ?")
                .params(status.name(), utc(clock.instant()), mrn.value()).update();
    }

    /** A row lock on the case, held until the transaction ends. */
    @Override
    public void lockForWork(Mrn mrn) {
        jdbc.sql("select mrn from clearance_case where mrn = ? for update").param(mrn.value()).query(String.class)
                .optional();
    }

    public static CaseSummary map(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(rs.getString("mrn"), rs.getString("carrier_id"), rs.getString("lrn"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("vessel_imo"), rs.getString("vessel_name"),
                rs.getString("port_of_call"), rs.getObject("eta", OffsetDateTime.class).toInstant(),
                rs.getInt("consignment_count"), rs.getInt("current_version"), rs.getString("current_message_id"),
                rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                rs.getString("lane") == null ? null : Lane.valueOf(rs.getString("lane")),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
