package org.portcullis.app.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.notice.NoticeRepository;
import org.portcullis.casework.notice.StoredNotice;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a carrier may read of its own cases over the API; another carrier's case reads as absent. */
@Component
class CarrierFilings {

    private final CaseFileRepository cases;
    private final NoticeRepository notices;
    private final JdbcClient jdbc;

    CarrierFilings(CaseFileRepository cases, NoticeRepository notices, JdbcClient jdbc) {
        this.cases = cases;
        this.notices = notices;
        this.jdbc = jdbc;
    }

    /** One case as its carrier sees it; the filing is the current version as a v1 document. */
    record FilingView(String mrn, List<String> lrns, String status, int version, String outcome, String lane,
            Instant registeredAt, Instant updatedAt, @JsonRawValue String filing, List<NoticeSummary> notices) {
    }

    record NoticeSummary(String noticeId, String type, String correlationId, Instant issuedAt) {
    }

    Optional<FilingView> find(Mrn mrn, String carrierId) {
        return cases.summary(mrn).filter(summary -> summary.carrierId().equals(carrierId)).map(this::view);
    }

    private FilingView view(CaseSummary summary) {
        String document = jdbc.sql("select document from filing_version where mrn = ? and version = ?")
                .params(summary.mrn(), summary.currentVersion()).query(String.class).single();
        List<String> lrns = jdbc.sql("select lrn from filed_lrn where mrn = ? order by filed_seq, lrn")
                .param(summary.mrn()).query(String.class).list();
        List<NoticeSummary> caseNotices = notices.forCase(summary.mrn()).stream().map(CarrierFilings::summaryOf)
                .toList();
        return new FilingView(summary.mrn(), lrns, summary.status().name(), summary.currentVersion(),
                summary.outcome() == null ? null : summary.outcome().name(),
                summary.lane() == null ? null : summary.lane().name(), summary.registeredAt(), summary.updatedAt(),
                document, caseNotices);
    }

    private static NoticeSummary summaryOf(StoredNotice notice) {
        return new NoticeSummary(notice.noticeId(), notice.type(), notice.correlationId(), notice.createdAt());
    }
}
