package org.portcullis.app.casefile;

import java.util.Optional;
import org.portcullis.app.notice.NoticeRepository;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles case files for the web UI. */
@Service
public class CaseFileViews {

    private final CaseFileRepository cases;
    private final NoticeRepository notices;

    public CaseFileViews(CaseFileRepository cases, NoticeRepository notices) {
        this.cases = cases;
        this.notices = notices;
    }

    /** The case file, or empty when the text is not an MRN or names no case. */
    @Transactional(readOnly = true)
    public Optional<CaseFileView> find(String mrnText) {
        if (!Mrn.isValid(mrnText)) {
            return Optional.empty();
        }
        Mrn mrn = Mrn.of(mrnText);
        return cases.summary(mrn).map(summary -> new CaseFileView(summary, cases.currentFiling(mrn),
                cases.latestAssessment(mrn).orElse(null), cases.decisions(mrn), notices.forCase(mrn.value())));
    }
}
