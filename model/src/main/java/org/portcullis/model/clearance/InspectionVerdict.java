package org.portcullis.model.clearance;

/** What the physical inspection found, and what follows from it. */
public enum InspectionVerdict {
    /** The goods match the filing: released when the vessel has arrived. */
    NO_IRREGULARITY,
    /** An irregularity that keeps the goods held. */
    IRREGULARITY_HOLD,
    /** An irregularity for which the goods are seized. */
    IRREGULARITY_SEIZURE
}
