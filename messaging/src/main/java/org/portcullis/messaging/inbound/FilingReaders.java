package org.portcullis.messaging.inbound;

import java.util.List;
import java.util.Optional;
import org.portcullis.messaging.edifact.EdifactFilingReader;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.filing.FilingReader;
import org.portcullis.messaging.filing.FilingSchema;
import org.portcullis.messaging.filing.JsonFilingReader;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.Syntax;

/**
 * Reads a carrier's message by its content type: {@code application/json} (also when none is given) or
 * {@code application/edifact}; parameters such as {@code ; charset=utf-8} are ignored. The one place a carrier's
 * message body is parsed, for every channel.
 */
public class FilingReaders {

    public static final String JSON = Syntax.JSON_MEDIA_TYPE;
    public static final String EDIFACT = Syntax.EDIFACT_MEDIA_TYPE;

    private final FilingReader json;
    private final FilingReader edifact;

    public FilingReaders(FilingReader json, FilingReader edifact) {
        this.json = json;
        this.edifact = edifact;
    }

    /** The readers of the published JSON Schema and of PAXLST and CUSCAR interchanges. */
    public static FilingReaders standard() {
        return new FilingReaders(new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema()),
                new EdifactFilingReader());
    }

    /** The carrier message in the body, or every error; a content type Portcullis does not accept is one. */
    public FilingReadResult read(String contentType, byte[] body) {
        return forContentType(contentType).map(reader -> reader.read(body))
                .orElseGet(() -> new FilingReadResult.Invalid(List.of(ValidationError.of(
                        ErrorCode.UNSUPPORTED_CONTENT_TYPE, "", "contentType '" + contentType + "' is not accepted"))));
    }

    /** The reader for the content type, or empty when Portcullis does not accept it. */
    public Optional<FilingReader> forContentType(String contentType) {
        String mediaType = Syntax.mediaType(contentType);
        if (mediaType == null || mediaType.equals(JSON)) {
            return Optional.of(json);
        }
        return mediaType.equals(EDIFACT) ? Optional.of(edifact) : Optional.empty();
    }
}
