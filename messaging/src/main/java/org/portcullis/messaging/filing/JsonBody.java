package org.portcullis.messaging.filing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;

/**
 * A JSON message body as read strictly: UTF-8 without byte order mark (RFC 8259, section 8.1) and with no malformed
 * byte, then one well-formed JSON text. Either the document or the one MALFORMED_MESSAGE error that says why not.
 */
public record JsonBody(JsonNode document, ValidationError error) {

    public static JsonBody parse(ObjectMapper json, byte[] body) {
        if (startsWithByteOrderMark(body)) {
            return malformed("the body starts with a UTF-8 byte order mark; send UTF-8 without it");
        }
        return parseText(json, body);
    }

    /**
     * As {@link #parse}, but a UTF-8 byte order mark at the start is ignored, as RFC 8259 lets a parser do: carriers'
     * tools write one, and it changes nothing in the document.
     */
    public static JsonBody parseIgnoringByteOrderMark(ObjectMapper json, byte[] body) {
        return parseText(json, startsWithByteOrderMark(body) ? Arrays.copyOfRange(body, 3, body.length) : body);
    }

    private static boolean startsWithByteOrderMark(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
    }

    private static JsonBody parseText(ObjectMapper json, byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return malformed("the body is not valid UTF-8");
        }
        JsonNode document;
        try {
            document = json.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return malformed("the body is not well-formed JSON: " + e.getOriginalMessage() + where);
        }
        if (document == null || document.isMissingNode()) {
            return malformed("the body is empty");
        }
        return new JsonBody(document, null);
    }

    private static JsonBody malformed(String message) {
        return new JsonBody(null, ValidationError.of(ErrorCode.MALFORMED_MESSAGE, "", message));
    }
}
