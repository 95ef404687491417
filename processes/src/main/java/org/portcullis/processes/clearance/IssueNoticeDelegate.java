package org.portcullis.processes.clearance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.clearance.CaseFiles;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.notice.NoticeIssuer;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.pcs.ContainerStatus;
import org.portcullis.model.pcs.TerminalNotices;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * The notice tasks, driven by their input parameters (each optional): {@code caseStatus} moves the case to that
 * status, {@code noticeType} issues that notice to the carrier with the {@code reason} (what the carrier may read)
 * and the {@code noticeLane} (the lane of the control decided; without it, the assessment's), {@code containerStatus}
 * tells the terminal that status for every container of the case.
 */
@Component("issueNoticeDelegate")
public class IssueNoticeDelegate implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final NoticeIssuer notices;
    private final TerminalNotices terminal;

    public IssueNoticeDelegate(CaseFiles caseFiles, NoticeIssuer notices, TerminalNotices terminal) {
        this.caseFiles = caseFiles;
        this.notices = notices;
        this.terminal = terminal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Mrn mrn = Mrn.of(execution.getProcessBusinessKey());
        String status = input(execution, ClearanceVariables.CASE_STATUS);
        if (status != null) {
            caseFiles.changeStatus(mrn, CaseStatus.valueOf(status));
        }
        String noticeType = input(execution, ClearanceVariables.NOTICE_TYPE);
        if (noticeType != null) {
            String lane = input(execution, ClearanceVariables.NOTICE_LANE);
            notices.issue(mrn, NoticeType.valueOf(noticeType), input(execution, ClearanceVariables.REASON),
                    lane == null ? null : Lane.valueOf(lane));
        }
        String containerStatus = input(execution, ClearanceVariables.CONTAINER_STATUS);
        if (containerStatus != null) {
            terminal.announce(mrn, ContainerStatus.valueOf(containerStatus));
        }
    }

    private static String input(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
