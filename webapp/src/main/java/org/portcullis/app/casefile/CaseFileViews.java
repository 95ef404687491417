package org.portcullis.app.casefile;

import java.util.Optional;
import org.portcullis.app.notice.NoticeRepository;
import org.portcullis.app.pcs.PcsNoticeRepository;
import org.portcullis.app.pcs.VesselArrivalLookup;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles case files for the web UI. */
@Service
public class CaseFileViews {

    private final CaseFileRepository cases;
    private final NoticeRepository notices;
    private final ControlRecordRepository controls;
    private final VesselArrivalLookup portCalls;
    private final PcsNoticeRepository terminalNotices;

    public CaseFileViews(CaseFileRepository cases, NoticeRepository notices, ControlRecordRepository controls,
            VesselArrivalLookup portCalls, PcsNoticeRepository terminalNotices) {
        this.cases = cases;
        this.notices = notices;
        this.controls = controls;
        this.portCalls = portCalls;
        this.terminalNotices = terminalNotices;
    }

    /** The case file, or empty when the text is not an MRN or names no case. */
    @Transactional(readOnly = true)
    public Optional<CaseFileView> find(String mrnText) {
        if (!Mrn.isValid(mrnText)) {
            return Optional.empty();
        }
        Mrn mrn = Mrn.of(mrnText);
        return cases.summary(mrn).map(summary -> new CaseFileView(summary, cases.currentFiling(mrn),
                cases.latestAssessment(mrn).orElse(null), cases.decisions(mrn), notices.forCase(mrn.value()),
                controls.inspections(mrn), controls.answers(mrn), portCalls.eventsOfCall(summary),
                terminalNotices.forCase(mrn.value())));
    }
}
