package org.portcullis.model.intake;

/** How a message reached Portcullis. */
public enum Channel {
    QUEUE,
    HTTP
}
