package org.portcullis.app.casefile;

import java.util.List;
import org.portcullis.app.notice.StoredNotice;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.filing.Filing;

/** Everything the case file page shows: the case, its current filing, the assessment, decisions and notices. */
public record CaseFileView(CaseSummary summary, Filing filing, Assessment assessment,
        List<OfficerDecision> decisions, List<StoredNotice> notices) {
}
