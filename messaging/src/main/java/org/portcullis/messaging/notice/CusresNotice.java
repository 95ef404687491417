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

/**
 * A notice as a UN/EDIFACT CUSRES (customs response) of directory D.05B, for carriers that file in EDIFACT and asked
 * for EDIFACT answers, written so that a tool checking against the directory reads it without error: BGM (C002 1000
 * the notice type, C106 1004 the notice id without hyphens), DTM+137 issued at, FTX+ACB the officer's reason, FTX+AAO
 * the lane and each finding's rule and reason, segment group 3 RFF+ABO the LRN, RFF+ABT the MRN, RFF+ACW the message
 * id answered, segment group 4 one ERP, ERC, FTX per error ({@link CusresErrors}), and on an answer that accepts the
 * message one per warning (ERC numbers W001 ...: the message was taken, check what the group points at).
 */
public class CusresNotice {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);
    private static final int MAX_FREE_TEXTS = 20;

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
                .writeElement("PORTCULLIS").writeElement(CusresErrors.text(n.path("carrierId").asText(), 35))
                .writeStartElement().writeComponent(DATE.format(issued)).writeComponent(TIME.format(issued))
                .endElement().writeElement(reference).writeEndSegment();
        w.writeStartSegment("UNH").writeElement("1").writeStartElement().writeComponent("CUSRES")
                .writeComponent("D").writeComponent("05B").writeComponent("UN").endElement().writeEndSegment();
        w.writeStartSegment("BGM").writeStartElement().writeEmptyComponent().writeEmptyComponent()
                .writeEmptyComponent().writeComponent(n.path("type").asText()).endElement()
                .writeElement(n.path("noticeId").asText().replace("-", "")).writeElement("9").writeEndSegment();
        w.writeStartSegment("DTM").writeStartElement().writeComponent("137").writeComponent(STAMP.format(issued))
                .writeComponent("203").endElement().writeEndSegment();
        segments += 3;
        segments += freeTexts(w, n);
        segments += reference(w, "ABO", n.path("lrn"));
        segments += reference(w, "ABT", n.path("mrn"));
        segments += reference(w, "ACW", n.path("correlationId"));
        segments += CusresErrors.write(w, n.path("errors"));
        segments += CusresErrors.write(w, n.path("warnings"));
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
            int cut = Math.min(CusresErrors.TEXT, remaining.length());
            w.writeComponent(remaining.substring(0, cut));
            remaining = remaining.substring(cut);
        }
        w.endElement().writeEndSegment();
    }

    private static int reference(EDIStreamWriter w, String qualifier, JsonNode value) throws EDIStreamException {
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return 0;
        }
        w.writeStartSegment("RFF").writeStartElement().writeComponent(qualifier).writeComponent(CusresErrors.text(value.asText(), 70))
                .endElement().writeEndSegment();
        return 1;
    }

}
