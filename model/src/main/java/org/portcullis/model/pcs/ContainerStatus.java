package org.portcullis.model.pcs;

/** What the terminal is told about a container through the port community system: may it leave, and if not why. */
public enum ContainerStatus {
    /** Customs released the goods: the container may leave the terminal. */
    RELEASED,
    /** The vessel arrived before the case was cleared: the container stays until customs decide. */
    HELD_PENDING_CLEARANCE,
    /** Customs hold the goods. */
    HELD,
    /** Customs will inspect the container: it stays and is presented at the place and time given. */
    HELD_FOR_INSPECTION,
    /** Customs seized the goods. */
    SEIZED
}
