package org.portcullis.messaging.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice as a UN/EDIFACT CUSRES (customs response, directory D.95B layout) for carriers that file in EDIFACT and
 * asked for EDIFACT answers: BGM (C002/1000 the notice type, 1004 the notice id), DTM+137 issued at, FTX+ACB the
 * officer's reason, FTX+AAO the lane and each finding's rule and reason (at most five FTX in all), segment group 1
 * ERP+ERC for each error (ERP: element position, segment tag and position; ERC: the error code), segment group 5
 * RFF+ABO the LRN, RFF+ABT the MRN, RFF+ACW the message id answered. ERC carries Portcullis's error codes, which are
 * longer than the directory's an..8: the one deviation from D.95B.
 */
public class CusresNotice {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);
    private static final Pattern EDIFACT_POINTER = Pattern.compile(
            "(?:message \\d+, )?segment (\\d+) ([A-Z]{3})(?:, element (\\d+))?.*");
    private static final int MAX_FREE_TEXTS = 5;
    private static final int MAX_ERRORS = 50;

    private final ObjectMapper json;

    public CusresNotice(ObjectMapper json) {
        this.json = json;
    }

    /** The CUSRES interchange for a notice's JSON body. */
    public String render(String noticeJson) {
        JsonNode notice;
        try {
            notice = json.readTree(noticeJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a notice: " + e.getOriginalMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        try (EDIStreamWriter writer = factory.createEDIStreamWriter(out)) {
            write(writer, notice);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write CUSRES: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(EDIStreamWriter w, JsonNode n) throws EDIStreamException {
        Instant issued = Instant.parse(n.path("issuedAt").asText());
        String reference = n.path("noticeId").asText().replace("-", "").substring(0, 14).toUpperCase();
        int segments = 0;
        w.startInterchange();
        w.writeStartSegment("UNB").writeStartElement().writeComponent("UNOC").writeComponent("3").endElement()
                .writeElement("PORTCULLIS").writeElement(n.path("carrierId").asText())
                .writeStartElement().writeComponent(DATE.format(issued)).writeComponent(TIME.format(issued))
                .endElement().writeElement(reference).writeEndSegment();
        w.writeStartSegment("UNH").writeElement("1").writeStartElement().writeComponent("CUSRES")
                .writeComponent("D").writeComponent("95B").writeComponent("UN").endElement().writeEndSegment();
        w.writeStartSegment("BGM").writeStartElement().writeEmptyComponent().writeEmptyComponent()
                .writeEmptyComponent().writeComponent(n.path("type").asText()).endElement()
                .writeElement(n.path("noticeId").asText()).writeElement("9").writeEndSegment();
        w.writeStartSegment("DTM").writeStartElement().writeComponent("137").writeComponent(STAMP.format(issued))
                .writeComponent("203").endElement().writeEndSegment();
        segments += 3;
        segments += freeTexts(w, n);
        int errors = 0;
        for (JsonNode error : n.path("errors")) {
            if (errors++ == MAX_ERRORS) {
                break;
            }
            errorPoint(w, error.path("pointer").asText());
            w.writeStartSegment("ERC").writeStartElement().writeComponent(error.path("code").asText()).endElement()
                    .writeEndSegment();
            segments += 2;
        }
        segments += reference(w, "ABO", n.path("lrn"));
        segments += reference(w, "ABT", n.path("mrn"));
        segments += reference(w, "ACW", n.path("correlationId"));
        w.writeStartSegment("UNT").writeElement(Integer.toString(segments + 1)).writeElement("1").writeEndSegment();
        w.writeStartSegment("UNZ").writeElement("1").writeElement(reference).writeEndSegment();
        w.endInterchange();
    }

    private static int freeTexts(EDIStreamWriter w, JsonNode n) throws EDIStreamException {
        int written = 0;
        if (n.hasNonNull("reason")) {
            freeText(w, "ACB", n.path("reason").asText());
            written++;
        }
        if (n.hasNonNull("lane")) {
            freeText(w, "AAO", "LANE " + n.path("lane").asText());
            written++;
        }
        for (JsonNode finding : n.path("findings")) {
            if (written == MAX_FREE_TEXTS) {
                break;
            }
            freeText(w, "AAO", finding.path("ruleId").asText() + " " + finding.path("reason").asText());
            written++;
        }
        return written;
    }

    private static void freeText(EDIStreamWriter w, String qualifier, String text) throws EDIStreamException {
        w.writeStartSegment("FTX").writeElement(qualifier).writeEmptyElement().writeEmptyElement()
                .writeStartElement();
        String remaining = text;
        for (int part = 0; part < 5 && !remaining.isEmpty(); part++) {
            int cut = Math.min(512, remaining.length());
            w.writeComponent(remaining.substring(0, cut));
            remaining = remaining.substring(cut);
        }
        w.endElement().writeEndSegment();
    }

    /** ERP: C701 (1049 section "1" for the whole message, 1054 the element position), C853 (tag, segment position). */
    private static void errorPoint(EDIStreamWriter w, String pointer) throws EDIStreamException {
        Matcher edifact = EDIFACT_POINTER.matcher(pointer);
        w.writeStartSegment("ERP");
        if (edifact.matches()) {
            w.writeStartElement().writeEmptyComponent().writeEmptyComponent()
                    .writeComponent(edifact.group(3) == null ? "0" : edifact.group(3)).endElement()
                    .writeStartElement().writeComponent(edifact.group(2)).writeComponent(edifact.group(1)).endElement();
        } else {
            w.writeStartElement().writeComponent("1").writeComponent(pointer.isEmpty() ? "0" : truncate(pointer))
                    .endElement();
        }
        w.writeEndSegment();
    }

    private static int reference(EDIStreamWriter w, String qualifier, JsonNode value) throws EDIStreamException {
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return 0;
        }
        w.writeStartSegment("RFF").writeStartElement().writeComponent(qualifier).writeComponent(truncate(value.asText()))
                .endElement().writeEndSegment();
        return 1;
    }

    private static String truncate(String text) {
        return text.length() <= 35 ? text : text.substring(0, 35);
    }
}
