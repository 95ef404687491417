package org.portcullis.casework.redress;

/** Where a redress record stands on a given day. */
public enum RedressStatus {
    /** Marked on a CONFIRMED match; sets nothing aside until a supervisor other than its author approves it. */
    PENDING,
    /** Sets later matches of its subject and entry aside. */
    IN_EFFECT,
    /** A supervisor refused it before it took effect. */
    REJECTED,
    /** A supervisor ended it. */
    REVOKED,
    /** Past its expiry. */
    EXPIRED
}
