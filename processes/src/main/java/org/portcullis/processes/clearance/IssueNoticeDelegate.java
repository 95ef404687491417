package org.portcullis.processes.clearance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.notice.NoticeIssuer;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * The notice tasks: moves the case to the status named by the task's {@code caseStatus} input and issues the
 * notice named by its {@code noticeType} input, with the officer's reason when there is one.
 */
@Component("issueNoticeDelegate")
public class IssueNoticeDelegate implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final NoticeIssuer notices;

    public IssueNoticeDelegate(CaseFiles caseFiles, NoticeIssuer notices) {
        this.caseFiles = caseFiles;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Mrn mrn = Mrn.of(execution.getProcessBusinessKey());
        Object status = execution.getVariableLocal(ClearanceVariables.CASE_STATUS);
        if (status != null) {
            caseFiles.changeStatus(mrn, CaseStatus.valueOf(status.toString()));
        }
        NoticeType type = NoticeType.valueOf(execution.getVariableLocal(ClearanceVariables.NOTICE_TYPE).toString());
        Object reason = execution.getVariable(ClearanceVariables.DECISION_REASON);
        notices.issue(mrn, type, reason == null ? null : reason.toString());
    }
}
