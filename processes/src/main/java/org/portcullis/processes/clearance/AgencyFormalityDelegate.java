package org.portcullis.processes.clearance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyAgencyCleared and Task_NotifyAgencyHold: the agency's formality (the task's {@code formality} input)
 * is recorded and answered to the carrier; a hold names the agency in {@code heldByAgency}. Free pratique is read
 * from what decided: the officer's decision, or the assessment's outcome when the rules cleared. Works on the case
 * one at a time with the intake and the other agencies.
 */
@Component("agencyFormalityDelegate")
public class AgencyFormalityDelegate implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final PortCallFormalities formalities;

    public AgencyFormalityDelegate(CaseFiles caseFiles, PortCallFormalities formalities) {
        this.caseFiles = caseFiles;
        this.formalities = formalities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Mrn mrn = Mrn.of(execution.getProcessBusinessKey());
        caseFiles.lockForWork(mrn);
        String agency = (String) execution.getVariable(ClearanceVariables.AGENCY);
        ClearanceState state = ClearanceState.valueOf(
                (String) execution.getVariableLocal(ClearanceVariables.FORMALITY));
        Object decision = execution.getVariable(ClearanceVariables.AGENCY_DECISION);
        Outcome decided = Outcome.valueOf(decision != null ? decision.toString()
                : execution.getVariable(ClearanceVariables.AGENCY_OUTCOME).toString());
        if (state == ClearanceState.HELD) {
            execution.setVariable(ClearanceVariables.HELD_BY_AGENCY, agency);
        }
        formalities.agencyDecided(mrn, agency, state, FreePratique.of(decided),
                (String) execution.getVariable(ClearanceVariables.AGENCY_DECISION_REASON));
    }
}
