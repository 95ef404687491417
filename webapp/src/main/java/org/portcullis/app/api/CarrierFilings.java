package org.portcullis.app.api;

import com.fasterxml.jackson.databind.util.RawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.casework.notice.NoticeRepository;
import org.portcullis.casework.notice.StoredNotice;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a carrier may read of its own cases over the API; another carrier's case reads as absent. */
@Component
class CarrierFilings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseFileRepository cases;
    private final NoticeRepository notices;
    private final JdbcClient jdbc;
    private final FilingDocuments documents;

    CarrierFilings(CaseFileRepository cases, NoticeRepository notices, JdbcClient jdbc, FilingDocuments documents) {
        this.cases = cases;
        this.notices = notices;
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /**
     * One case as its carrier sees it: the status and lane its notices told (never more: a referral or an outcome no
     * notice announced stays internal); the filing is the current version as a v1 document.
     */
    record FilingView(String mrn, List<String> lrns, CarrierCaseStatus status, int version, String lane,
            Instant registeredAt, Instant updatedAt,
            @Schema(ref = FilingApiController.FILING_REF) RawValue filing, List<NoticeSummary> notices) {
    }

    record NoticeSummary(String noticeId, String type, String correlationId, Instant issuedAt) {
    }

    Optional<FilingView> find(Mrn mrn, String carrierId) {
        return cases.summary(mrn).filter(summary -> summary.carrierId().equals(carrierId)).map(this::view);
    }

    private FilingView view(CaseSummary summary) {
        // In the published form, whichever form the version is stored in (a JSON filing's version is its message).
        String document = documents.write(documents.read(jdbc.sql("""
                select v.document, d.content from filing_version v
                left join stored_document d on d.sha256 = v.document_sha256 where v.mrn = ? and v.version = ?""")
                .params(summary.mrn(), summary.currentVersion()).query((rs, row) -> StoredDocuments.text(rs))
                .single(), null, null));
        List<String> lrns = jdbc.sql("select lrn from filed_lrn where mrn = ? order by filed_seq, lrn")
                .param(summary.mrn()).query(String.class).list();
        List<StoredNotice> sent = notices.forCase(summary.mrn());
        CarrierCaseStatus status = CarrierCaseStatus.of(sent.stream().map(notice -> NoticeType.valueOf(notice.type()))
                .toList());
        return new FilingView(summary.mrn(), lrns, status, summary.currentVersion(), laneTold(sent),
                summary.registeredAt(), summary.updatedAt(), new RawValue(document),
                sent.stream().map(CarrierFilings::summaryOf).toList());
    }

    /** The lane the latest notice that names one told the carrier; none when no notice did. */
    private static String laneTold(List<StoredNotice> sent) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            JsonNode lane = bodyOf(sent.get(i)).path("lane");
            if (lane.isTextual()) {
                return lane.asText();
            }
        }
        return null;
    }

    private static JsonNode bodyOf(StoredNotice notice) {
        try {
            return JSON.readTree(notice.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice " + notice.noticeId() + " is not JSON", e);
        }
    }

    private static NoticeSummary summaryOf(StoredNotice notice) {
        return new NoticeSummary(notice.noticeId(), notice.type(), notice.correlationId(), notice.createdAt());
    }
}
