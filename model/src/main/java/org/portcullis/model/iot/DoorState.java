package org.portcullis.model.iot;

/** What a container door sensor reports. */
public enum DoorState {
    OPENED,
    CLOSED
}
