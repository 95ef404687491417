package org.portcullis.processes.clearance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/** Moves the case to the status named by the task's {@code caseStatus} input. */
@Component("changeCaseStatusDelegate")
public class ChangeCaseStatusDelegate implements JavaDelegate {

    private final CaseFiles caseFiles;

    public ChangeCaseStatusDelegate(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseFiles.changeStatus(Mrn.of(execution.getProcessBusinessKey()),
                CaseStatus.valueOf(execution.getVariableLocal(ClearanceVariables.CASE_STATUS).toString()));
    }
}
