package org.portcullis.processes.clearance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.agency.AgencyClearances;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * Task_AssessForAgency: the agency's rule folders assess the current filing (recorded with the agency); the
 * agency's state on the case is pending again and the decision of an earlier round is forgotten. Works on the
 * case one at a time with the intake (an amendment arriving meanwhile waits, or finds this step done).
 */
@Component("assessForAgencyDelegate")
public class AssessForAgencyDelegate implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final AgencyClearances agencies;

    public AssessForAgencyDelegate(CaseFiles caseFiles, AgencyClearances agencies) {
        this.caseFiles = caseFiles;
        this.agencies = agencies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Mrn mrn = Mrn.of(execution.getProcessBusinessKey());
        caseFiles.lockForWork(mrn);
        String agency = (String) execution.getVariable(ClearanceVariables.AGENCY);
        AgencyAssessment assessment = agencies.assess(mrn, agency);
        agencies.recordPending(mrn, agency);
        execution.setVariable(ClearanceVariables.AGENCY_OUTCOME, assessment.assessment().outcome().name());
        execution.setVariable(ClearanceVariables.AGENCY_DECISION, null);
        execution.setVariable(ClearanceVariables.AGENCY_DECISION_REASON, null);
    }
}
