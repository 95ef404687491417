package org.portcullis.model.clearance;

import org.portcullis.model.notice.NoticeType;

/** What a clerk may decide on a referred case, with the status it leads to and the notice the carrier gets. */
public enum ReferralDecision {
    RELEASE(CaseStatus.RELEASED, NoticeType.RELEASED),
    HOLD(CaseStatus.HELD, NoticeType.HELD),
    INSPECT(CaseStatus.UNDER_INSPECTION, NoticeType.CONTROL_NOTIFIED);

    private final CaseStatus status;
    private final NoticeType notice;

    ReferralDecision(CaseStatus status, NoticeType notice) {
        this.status = status;
        this.notice = notice;
    }

    public CaseStatus status() {
        return status;
    }

    public NoticeType notice() {
        return notice;
    }
}
