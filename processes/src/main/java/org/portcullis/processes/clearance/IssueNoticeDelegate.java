package org.portcullis.processes.clearance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.agency.ClearanceState;
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
 * tells the terminal that status for every container of the case. Customs' formality follows from the notice its
 * path issues: ASSESSMENT_COMPLETE clears, HELD, SEIZED and DO_NOT_LOAD hold ({@link PortCallFormalities}).
 */
@Component("issueNoticeDelegate")
public class IssueNoticeDelegate implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final NoticeIssuer notices;
    private final TerminalNotices terminal;
    private final PortCallFormalities formalities;

    public IssueNoticeDelegate(CaseFiles caseFiles, NoticeIssuer notices, TerminalNotices terminal,
            PortCallFormalities formalities) {
        this.caseFiles = caseFiles;
        this.notices = notices;
        this.terminal = terminal;
        this.formalities = formalities;
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
            NoticeType type = NoticeType.valueOf(noticeType);
            String lane = input(execution, ClearanceVariables.NOTICE_LANE);
            notices.issue(mrn, type, input(execution, ClearanceVariables.REASON),
                    lane == null ? null : Lane.valueOf(lane));
            ClearanceState formality = customsFormality(type);
            if (formality != null) {
                formalities.leadDecided(mrn, formality);
            }
        }
        String containerStatus = input(execution, ClearanceVariables.CONTAINER_STATUS);
        if (containerStatus != null) {
            terminal.announce(mrn, ContainerStatus.valueOf(containerStatus));
        }
    }

    private static ClearanceState customsFormality(NoticeType type) {
        return switch (type) {
            case ASSESSMENT_COMPLETE -> ClearanceState.CLEARED;
            case HELD, SEIZED, DO_NOT_LOAD -> ClearanceState.HELD;
            default -> null;
        };
    }

    private static String input(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
