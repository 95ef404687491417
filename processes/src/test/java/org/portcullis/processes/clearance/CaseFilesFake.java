package org.portcullis.processes.clearance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;

/** Case files kept in memory, recording what the workflow wrote. */
class CaseFilesFake implements CaseFiles {

    final Map<Mrn, Filing> filings = new HashMap<>();
    final Map<Mrn, Assessment> assessments = new HashMap<>();
    final Map<Mrn, CaseStatus> statuses = new HashMap<>();
    final List<OfficerDecision> decisions = new ArrayList<>();

    @Override
    public Filing currentFiling(Mrn mrn) {
        if (!filings.containsKey(mrn)) {
            throw new IllegalStateException("no filing " + mrn);
        }
        return filings.get(mrn);
    }

    @Override
    public void recordAssessment(Mrn mrn, Assessment assessment) {
        assessments.put(mrn, assessment);
    }

    @Override
    public void recordDecision(OfficerDecision decision) {
        decisions.add(decision);
    }

    @Override
    public void changeStatus(Mrn mrn, CaseStatus status) {
        statuses.put(mrn, status);
    }

    /** The process tests run one transaction at a time: nothing to wait for. */
    @Override
    public void lockForWork(Mrn mrn) {
    }
}
