package org.portcullis.model.clearance;

/**
 * What an officer may decide on a referred case (by a clerk, by a supervisor after escalation, or after a
 * documentary check), always with a reason. The clearance workflow decides the status and notices that follow.
 */
public enum ReferralDecision {
    /** Cleared: released when the vessel has arrived. */
    RELEASE,
    /** The carrier presents documents; a clerk checks them and decides again. */
    DOCUMENT_CHECK,
    /** The carrier is asked a question (the reason is the question) and the case waits for the answer. */
    REQUEST_INFORMATION,
    /** A physical inspection is scheduled. */
    INSPECT,
    /** The goods are held. */
    HOLD
}
