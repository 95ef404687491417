package org.portcullis.casework.reassessment;

/** What asked for a case to be re-assessed. */
public enum Trigger {
    /** Sensor events about its containers or vessel arrived. */
    SENSOR_EVENTS,
    /** A new rule set went live. */
    RULE_SET,
    /** Its vessel stopped reporting its AIS position before arrival ({@link VesselSilenceCheck}). */
    VESSEL_SILENT
}
