package org.portcullis.messaging.notice;

import com.fasterxml.jackson.databind.JsonNode;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Segment group 4 of a CUSRES (D.05B), one per error: ERP points at what is wrong (C701 1052 the element position,
 * 1054 the component; C853 9166 the segment tag, 1050 its position in the message; for JSON the JSON Pointer in
 * 1052), ERC gives the error (C901 9321 the error's number from {@code edifact/cusres-error-codes.properties}, code
 * list PORTCULLIS, agency ZZZ mutually defined), FTX+AAO says it in words (C108: message, hint, code name, pointer).
 * Every value fits the directory's length.
 */
final class CusresErrors {

    static final int MAX_ERRORS = 50;
    /** Free text per component: the directory allows 512 (4440), StAEDI's writer holds 500. */
    static final int TEXT = 500;
    private static final Pattern EDIFACT_POINTER = Pattern.compile(
            "(?:message \\d+, )?segment (\\d+) ([A-Z]{3})(?:, element (\\d+))?(?:, component (\\d+))?");
    private static final Properties NUMBERS = numbers();

    private CusresErrors() {
    }

    /** Writes one group per error (at most {@link #MAX_ERRORS}); the number of segments written. */
    static int write(EDIStreamWriter w, JsonNode errors) throws EDIStreamException {
        int segments = 0;
        int written = 0;
        for (JsonNode error : errors) {
            if (written++ == MAX_ERRORS) {
                break;
            }
            String code = error.path("code").asText();
            String pointer = error.path("pointer").asText();
            errorPoint(w, pointer);
            w.writeStartSegment("ERC").writeStartElement().writeComponent(number(code)).writeComponent("PORTCULLIS")
                    .writeComponent("ZZZ").endElement().writeEndSegment();
            w.writeStartSegment("FTX").writeElement("AAO").writeEmptyElement().writeEmptyElement().writeStartElement()
                    .writeComponent(text(error.path("message").asText(code), TEXT))
                    .writeComponent(text(error.path("hint").asText("-"), TEXT)).writeComponent(code)
                    .writeComponent(pointer.isEmpty() ? "-" : text(pointer, TEXT)).endElement().writeEndSegment();
            segments += 3;
        }
        return segments;
    }

    /** The ERC number of a Portcullis error code; every code has one. */
    static String number(String code) {
        String number = NUMBERS.getProperty(code);
        if (number == null) {
            throw new IllegalStateException("error code " + code + " has no CUSRES number");
        }
        return number;
    }

    private static void errorPoint(EDIStreamWriter w, String pointer) throws EDIStreamException {
        Matcher edifact = EDIFACT_POINTER.matcher(pointer);
        w.writeStartSegment("ERP");
        if (edifact.matches()) {
            w.writeStartElement().writeEmptyComponent()
                    .writeComponent(edifact.group(3) == null ? "0" : edifact.group(3))
                    .writeComponent(edifact.group(4) == null ? "0" : edifact.group(4)).endElement()
                    .writeStartElement().writeComponent(edifact.group(2)).writeComponent(edifact.group(1)).endElement();
        } else {
            w.writeStartElement().writeEmptyComponent().writeComponent(pointer.isEmpty() ? "0" : text(pointer, 35))
                    .endElement();
        }
        w.writeEndSegment();
    }

    static String text(String value, int max) {
        String text = value == null || value.isBlank() ? "-" : value.strip();
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static Properties numbers() {
        Properties numbers = new Properties();
        try (InputStream in = CusresErrors.class.getClassLoader()
                .getResourceAsStream("edifact/cusres-error-codes.properties")) {
            if (in == null) {
                throw new IOException("edifact/cusres-error-codes.properties is not on the classpath");
            }
            numbers.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }
}
