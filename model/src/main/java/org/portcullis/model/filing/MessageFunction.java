package org.portcullis.model.filing;

/** What a message does to the filing its LRN names (WCO message function). */
public enum MessageFunction {
    ORIGINAL,
    AMENDMENT,
    CANCELLATION
}
