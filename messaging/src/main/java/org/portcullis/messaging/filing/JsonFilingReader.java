package org.portcullis.messaging.filing;

import org.portcullis.model.intake.Locations;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.CarrierMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.error.ValidationError;

/**
 * Reads a JSON message as a carrier sent it: strict UTF-8 (a byte order mark ignored), well-formed JSON, the
 * published schema, then every code against its value type and what the message function allows. Thread-safe.
 */
public class JsonFilingReader implements FilingReader {

    private final ObjectMapper json;
    private final FilingSchema schema;

    public JsonFilingReader(ObjectMapper json, FilingSchema schema) {
        this.json = json;
        this.schema = schema;
    }

    @Override
    public FilingReadResult read(byte[] body) {
        JsonBody parsed = JsonBody.parseIgnoringByteOrderMark(json, body);
        if (parsed.error() != null) {
            return new FilingReadResult.Invalid(List.of(parsed.error()));
        }
        JsonNode document = parsed.document();
        List<ValidationError> controlCharacters = ControlCharacters.find(document);
        if (!controlCharacters.isEmpty()) {
            return new FilingReadResult.Invalid(controlCharacters, lrnOf(document));
        }
        List<ValidationError> schemaErrors = schema.validate(document);
        FilingTreeMapper mapper = new FilingTreeMapper();
        if (schemaErrors.isEmpty()) {
            CarrierMessage message = mapper.map(document);
            return message == null ? new FilingReadResult.Invalid(mapper.errors(), lrnOf(document))
                    : new FilingReadResult.Valid(message, Locations.JSON);
        }
        return new FilingReadResult.Invalid(withCodeErrors(schemaErrors, document, mapper), lrnOf(document));
    }

    /**
     * The schema errors and, so that the carrier hears of everything at once, the code errors (check digits,
     * unknown codes) found in the parts of the document the schema did not already refuse.
     */
    private static List<ValidationError> withCodeErrors(List<ValidationError> schemaErrors, JsonNode document,
            FilingTreeMapper mapper) {
        try {
            mapper.map(document);
        } catch (RuntimeException structureTooBrokenToMap) {
            // the errors collected up to here are still reported
        }
        List<ValidationError> all = new ArrayList<>(schemaErrors);
        mapper.errors().stream()
                .filter(error -> schemaErrors.stream().noneMatch(e -> e.pointer().equals(error.pointer())))
                .forEach(all::add);
        return all;
    }

    private static String lrnOf(JsonNode document) {
        JsonNode lrn = document.at("/header/lrn");
        return lrn.isTextual() && !lrn.asText().isBlank() && lrn.asText().length() <= 70
                && !ControlCharacters.in(lrn.asText()) ? lrn.asText() : null;
    }
}
