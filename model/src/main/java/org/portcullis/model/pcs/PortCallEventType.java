package org.portcullis.model.pcs;

/** What the port community system reports about a vessel's call. */
public enum PortCallEventType {
    /** The vessel has arrived (actual time of arrival, ATA). */
    VESSEL_ARRIVED,
    /** The vessel has left the port (actual time of departure, ATD). */
    VESSEL_DEPARTED
}
