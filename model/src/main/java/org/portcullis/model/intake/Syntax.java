package org.portcullis.model.intake;

import java.util.Locale;

/** The two syntaxes carriers file in; notices go back in JSON, or in EDIFACT (CUSRES) to carriers who ask for it. */
public enum Syntax {
    JSON,
    EDIFACT;

    public static final String JSON_MEDIA_TYPE = "application/json";
    public static final String EDIFACT_MEDIA_TYPE = "application/edifact";

    /** The syntax a content type names; JSON when none is given. */
    public static Syntax of(String contentType) {
        return EDIFACT_MEDIA_TYPE.equals(mediaType(contentType)) ? EDIFACT : JSON;
    }

    /** The media type without parameters such as {@code ; charset=utf-8}, in lower case; null when none is given. */
    public static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
