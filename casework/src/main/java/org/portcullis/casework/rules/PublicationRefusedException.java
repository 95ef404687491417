package org.portcullis.casework.rules;

/** Putting a rule set live was refused before anything changed: why, in a code the pages explain. */
public class PublicationRefusedException extends IllegalStateException {

    /** Why going live was refused. */
    public enum Reason {
        /** Every version needs its change note. */
        NOTE_MISSING,
        /** The draft does not compile. */
        DOES_NOT_COMPILE,
        /** Scenarios fail (or live moved on since the draft started) and the author did not override. */
        NOT_CONFIRMED,
        /** No such version was ever live. */
        UNKNOWN_VERSION,
        /** The checks of going live refused the rule set (a rule looped or threw on a scenario). */
        REJECTED
    }

    private final Reason reason;

    public PublicationRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
