package org.portcullis.model.notice;

/** The notices Portcullis sends to carriers. */
public enum NoticeType {
    ACCEPTED,
    REJECTED,
    ASSESSMENT_COMPLETE,
    INFORMATION_REQUESTED,
    DO_NOT_LOAD,
    CONTROL_NOTIFIED,
    RELEASED,
    HELD,
    AMENDMENT_ACCEPTED,
    CANCELLATION_ACCEPTED,
    /** The carrier's answer to a request for information was taken in; the case goes on. */
    INFORMATION_ACCEPTED,
    /** Inspection found an irregularity for which the goods are seized. */
    SEIZED,
    /** A cleared case is assessed again (new information raised its risk) before release; a decision follows. */
    ASSESSMENT_REOPENED
}
