package org.portcullis.model.iot;

/** The kinds of sensor event Portcullis reads (field {@code eventType} of the published schema). */
public enum IotEventType {
    SEAL_STATUS,
    DOOR,
    REEFER_TEMPERATURE,
    CONTAINER_POSITION,
    VESSEL_POSITION
}
