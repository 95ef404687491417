package org.portcullis.processes.clearance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/** Task_AssessRisk: runs the live rules over the current filing and records the assessment on the case. */
@Component("assessFilingDelegate")
public class AssessFilingDelegate implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final FilingAssessor assessor;

    public AssessFilingDelegate(CaseFiles caseFiles, FilingAssessor assessor) {
        this.caseFiles = caseFiles;
        this.assessor = assessor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Mrn mrn = Mrn.of(execution.getProcessBusinessKey());
        Assessment assessment = assessor.assess(mrn, caseFiles.currentFiling(mrn));
        caseFiles.recordAssessment(mrn, assessment);
        caseFiles.changeStatus(mrn, assessment.outcome() == Outcome.RELEASE ? CaseStatus.ASSESSED : CaseStatus.REFERRED);
        execution.setVariable(ClearanceVariables.OUTCOME, assessment.outcome().name());
        execution.setVariable(ClearanceVariables.LANE, assessment.lane().name());
        execution.setVariable(ClearanceVariables.RULE_SET_VERSION, assessment.ruleSetVersion());
    }
}
