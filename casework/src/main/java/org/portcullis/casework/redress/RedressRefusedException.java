package org.portcullis.casework.redress;

/** A redress step that is not allowed or not well formed, with a stable code the pages turn into words. */
public class RedressRefusedException extends RuntimeException {

    /** Why a step was refused. */
    public enum Reason {
        /** No reason given, or longer than the record keeps. */
        REASON_REQUIRED,
        /** No expiry given. */
        EXPIRY_REQUIRED,
        /** The expiry is not after today. */
        EXPIRY_NOT_AHEAD,
        /** The expiry is further ahead than a redress may hold. */
        EXPIRY_TOO_FAR,
        /** The officer who marked a record cannot approve it (four eyes). */
        OWN_RECORD,
        /** Only a pending record can be approved or rejected. */
        NOT_PENDING,
        /** The record was already revoked or rejected. */
        ALREADY_ENDED,
        /** There is no such record. */
        NO_SUCH_RECORD
    }

    private final Reason reason;

    public RedressRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
