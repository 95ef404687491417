package org.portcullis.app.casefile;

import java.util.List;
import java.util.Optional;
import org.portcullis.app.notice.NoticeRepository;
import org.portcullis.app.notice.StoredNotice;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles case files for the web UI. */
@Service
public class CaseFileViews {

    private final CaseFileRepository cases;
    private final NoticeRepository notices;
    private final CaseHistoryRepository history;
    private final ProcessPath processPath;
    private final FilingVersions versions;

    public CaseFileViews(CaseFileRepository cases, NoticeRepository notices, CaseHistoryRepository history,
            ProcessPath processPath, FilingVersions versions) {
        this.cases = cases;
        this.notices = notices;
        this.history = history;
        this.processPath = processPath;
        this.versions = versions;
    }

    /** The case file, or empty when the text is not an MRN or names no case. */
    @Transactional(readOnly = true)
    public Optional<CaseFileView> find(String mrnText) {
        if (!Mrn.isValid(mrnText)) {
            return Optional.empty();
        }
        Mrn mrn = Mrn.of(mrnText);
        return cases.summary(mrn).map(summary -> {
            List<OfficerDecision> decisions = cases.decisions(mrn);
            List<StoredNotice> caseNotices = notices.forCase(mrn.value());
            var caseHistory = new CaseFileView.CaseHistory(
                    TimelineEntry.of(history.messagesIn(mrn), history.assessments(mrn), decisions, caseNotices),
                    processPath.of(mrn.value()), versions.of(history.versions(mrn)));
            return new CaseFileView(summary, cases.currentFiling(mrn), cases.latestAssessment(mrn).orElse(null),
                    decisions, caseNotices, caseHistory);
        });
    }
}
