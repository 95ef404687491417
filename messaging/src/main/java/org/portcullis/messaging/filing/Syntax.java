package org.portcullis.messaging.filing;

/** The two syntaxes carriers file in; notices go back in JSON, or in EDIFACT (CUSRES) to carriers who ask for it. */
public enum Syntax {
    JSON,
    EDIFACT;

    /** The syntax a content type names; JSON when none is given. */
    public static Syntax of(String contentType) {
        return FilingReaders.isEdifact(contentType) ? EDIFACT : JSON;
    }
}
