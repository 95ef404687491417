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
    /** One agency's formality response (cleared or held; free pratique for port health), with the overall state. */
    FORMALITY_RESPONSE,
    /** Every agency has cleared the port call. */
    PORT_CALL_CLEARED,
    /** An agency holds the port call: it is not cleared while the hold stands. */
    PORT_CALL_HELD
}
