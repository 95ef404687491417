package org.portcullis.messaging.pcs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.portcullis.messaging.schema.SchemaCheck;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.pcs.PortCallEvent;
import org.portcullis.model.pcs.PortCallEventType;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.UnLocode;

/**
 * Reads a port community system event: well-formed JSON (UTF-8), the published schema
 * {@code schema/pcs-event-v1.schema.json}, then the IMO number and UN/LOCODE against their value types. Every
 * error carries a code and the JSON Pointer of the element. Thread-safe.
 */
public class PcsEventReader {

    private final ObjectMapper json;
    private final SchemaCheck schema = new SchemaCheck(PcsAddresses.EVENT_SCHEMA);

    public PcsEventReader(ObjectMapper json) {
        this.json = json;
    }

    public PcsEventReadResult read(byte[] body) {
        JsonNode document;
        try {
            document = json.readTree(body);
        } catch (JsonProcessingException e) {
            return invalid(ErrorCode.MALFORMED_MESSAGE, "the body is not well-formed UTF-8 JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return invalid(ErrorCode.MALFORMED_MESSAGE, "the body cannot be read: " + e.getMessage());
        }
        if (document == null || document.isMissingNode()) {
            return invalid(ErrorCode.MALFORMED_MESSAGE, "the body is empty");
        }
        List<ValidationError> errors = new ArrayList<>(schema.validate(document));
        ImoNumber vessel = code(document, "/vessel/imoNumber", ImoNumber::of, errors);
        UnLocode port = code(document, "/portOfCall", UnLocode::of, errors);
        if (!errors.isEmpty()) {
            return new PcsEventReadResult.Invalid(errors);
        }
        PortCallEventType type = PortCallEventType.valueOf(document.path("eventType").asText());
        String time = document.path(type == PortCallEventType.VESSEL_ARRIVED ? "ata" : "atd").asText();
        return new PcsEventReadResult.Valid(new PortCallEvent(document.path("eventId").asText(), type, vessel, port,
                OffsetDateTime.parse(time).toInstant(), text(document, "voyageNumber"), text(document, "berth")));
    }

    private static <T> T code(JsonNode document, String pointer, Function<String, T> parse,
            List<ValidationError> errors) {
        JsonNode node = document.at(pointer);
        if (!node.isTextual() || errors.stream().anyMatch(error -> error.pointer().equals(pointer))) {
            return null;
        }
        try {
            return parse.apply(node.asText());
        } catch (InvalidValueException e) {
            errors.add(ValidationError.of(e.code(), pointer, e.getMessage()));
            return null;
        }
    }

    private static String text(JsonNode document, String field) {
        JsonNode node = document.path(field);
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static PcsEventReadResult invalid(ErrorCode code, String message) {
        return new PcsEventReadResult.Invalid(List.of(ValidationError.of(code, "", message)));
    }
}
