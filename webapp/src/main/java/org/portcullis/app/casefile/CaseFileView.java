package org.portcullis.app.casefile;

import java.util.List;
import org.portcullis.app.notice.StoredNotice;
import org.portcullis.app.pcs.StoredPcsNotice;
import org.portcullis.app.pcs.StoredPortCallEvent;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.filing.Filing;

/**
 * Everything the case file page shows: the case, its current filing, the assessment, decisions, inspections,
 * answers to requests for information, what the port community system said of the port call, and the notices to
 * the carrier and to the terminal.
 */
public record CaseFileView(CaseSummary summary, Filing filing, Assessment assessment,
        List<OfficerDecision> decisions, List<StoredNotice> notices, List<CaseInspection> inspections,
        List<InformationAnswer> answers, List<StoredPortCallEvent> portCallEvents,
        List<StoredPcsNotice> terminalNotices) {
}
