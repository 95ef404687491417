package org.portcullis.processes.clearance;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * Task_AssessRisk: runs the live rules over the current filing and records the assessment on the case. Sets the
 * outcome, lane, rule set version and ETA, and forgets the decision of an earlier round (before an amendment or an
 * answer to a request for information): what follows is decided on this assessment. Customs' state on the port
 * call is pending again. Works on the case one at a time with the intake and the agencies' steps.
 */
@Component("assessFilingDelegate")
public class AssessFilingDelegate implements JavaDelegate {

    /** Variables an officer's decision, the carrier's reason or an inspection set in an earlier round. */
    static final List<String> EARLIER_ROUND = List.of(ClearanceVariables.DECISION,
            ClearanceVariables.DECISION_REASON, ClearanceVariables.DECIDED_BY, ClearanceVariables.CARRIER_REASON,
            ClearanceVariables.CARRIER_MESSAGE, ClearanceVariables.INSPECTION_VERDICT);

    private final CaseFiles caseFiles;
    private final FilingAssessor assessor;
    private final PortCallFormalities formalities;

    public AssessFilingDelegate(CaseFiles caseFiles, FilingAssessor assessor, PortCallFormalities formalities) {
        this.caseFiles = caseFiles;
        this.assessor = assessor;
        this.formalities = formalities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Mrn mrn = Mrn.of(execution.getProcessBusinessKey());
        caseFiles.lockForWork(mrn);
        Filing filing = caseFiles.currentFiling(mrn);
        Assessment assessment = assessor.assess(mrn, filing);
        caseFiles.recordAssessment(mrn, assessment);
        formalities.leadDecided(mrn, ClearanceState.PENDING);
        caseFiles.changeStatus(mrn, assessment.outcome() == Outcome.RELEASE ? CaseStatus.ASSESSED : CaseStatus.REFERRED);
        execution.setVariable(ClearanceVariables.OUTCOME, assessment.outcome().name());
        execution.setVariable(ClearanceVariables.LANE, assessment.lane().name());
        execution.setVariable(ClearanceVariables.RULE_SET_VERSION, assessment.ruleSetVersion());
        execution.setVariable(ClearanceVariables.ETA, Date.from(filing.portCall().eta()));
        forgetEarlierRound(execution);
    }

    /**
     * Clears what an earlier round decided. A first assessment has none of these: setting them to null would only
     * write empty variables (and their history) that every reader treats as absent anyway.
     */
    static void forgetEarlierRound(DelegateExecution execution) {
        for (String name : EARLIER_ROUND) {
            if (execution.hasVariable(name)) {
                execution.setVariable(name, null);
            }
        }
    }
}
