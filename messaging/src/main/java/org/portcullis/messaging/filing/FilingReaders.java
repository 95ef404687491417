package org.portcullis.messaging.filing;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the reader by the message's content type: {@code application/json} (also when none is given) or
 * {@code application/edifact}; parameters such as {@code ; charset=utf-8} are ignored.
 */
public class FilingReaders {

    public static final String JSON = "application/json";
    public static final String EDIFACT = "application/edifact";

    private final FilingReader json;
    private final FilingReader edifact;

    public FilingReaders(FilingReader json, FilingReader edifact) {
        this.json = json;
        this.edifact = edifact;
    }

    /** The reader for the content type, or empty when Portcullis does not accept it. */
    public Optional<FilingReader> forContentType(String contentType) {
        String mediaType = mediaType(contentType);
        if (mediaType == null || mediaType.equals(JSON)) {
            return Optional.of(json);
        }
        return mediaType.equals(EDIFACT) ? Optional.of(edifact) : Optional.empty();
    }

    /** The media type without parameters, in lower case; null when none is given. */
    public static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isEdifact(String contentType) {
        return EDIFACT.equals(mediaType(contentType));
    }
}
