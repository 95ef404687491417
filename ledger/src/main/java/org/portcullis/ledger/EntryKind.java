package org.portcullis.ledger;

/** What a leaf of the log records. */
public enum EntryKind {
    /** A message a carrier sent: its SHA-256, the carrier, its message id, when it arrived. */
    MESSAGE_RECEIVED,
    /** An officer's decision on a case: who, what, the SHA-256 of the reason. */
    OFFICER_DECISION,
    /** A rule set version put live: its version (content hash) and when it goes live. */
    RULE_SET_LIVE,
    /** A notice issued to a carrier (written to its outbox): its id, type, case and the SHA-256 of its body. */
    NOTICE_ISSUED,
    /** A clearance certificate Portcullis issued: its number, case and the SHA-256 of its signed content. */
    CERTIFICATE_ISSUED,
    /** An officer was shown personal data of a case for an agency: who, which agency, which case, what. */
    PERSONAL_DATA_ACCESSED,
    /** A physical inspection ordered on a case: who scheduled it, the inspecting officer, when, the place's digest. */
    INSPECTION_ORDERED,
    /** A step of the four-eyes redress of a watchlist match: marked, approved, rejected or revoked, by whom. */
    REDRESS_DECISION,
    /** A notice to the port community system: a container's status or port health's free pratique. */
    PCS_NOTICE_ISSUED
}
