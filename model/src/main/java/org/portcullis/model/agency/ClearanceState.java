package org.portcullis.model.agency;

/**
 * Where one agency's clearance of a port call stands, and where the port call stands over every agency: pending
 * until it has decided, cleared, or held (a hold of any agency holds the port call).
 */
public enum ClearanceState {
    PENDING,
    CLEARED,
    HELD;

    /** The port call's state over its agencies' states: held if any holds, cleared when all have cleared. */
    public static ClearanceState overall(Iterable<ClearanceState> agencyStates) {
        boolean allCleared = true;
        for (ClearanceState state : agencyStates) {
            if (state == HELD) {
                return HELD;
            }
            allCleared &= state == CLEARED;
        }
        return allCleared ? CLEARED : PENDING;
    }
}
