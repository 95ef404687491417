package org.portcullis.model.filing;

/**
 * What a message does to the filing its LRN names (WCO message function): files it, replaces it with a new
 * version, withdraws it, or answers a request for information on its case.
 */
public enum MessageFunction {
    ORIGINAL,
    AMENDMENT,
    CANCELLATION,
    INFORMATION_RESPONSE
}
