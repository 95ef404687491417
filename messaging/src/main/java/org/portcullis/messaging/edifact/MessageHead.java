package org.portcullis.messaging.edifact;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.intake.Locations.Element;

/**
 * What PAXLST and CUSCAR share at the message level: BGM (document name: PAXLST 250 crew list, 745 passenger list;
 * CUSCAR 85 or 785 cargo manifest; document number = LRN; message function), RFF+ACW (the MRN quoted), RFF+TN (the
 * guidelines' transaction reference, the LRN when BGM names no document number), DTM+137 (sent at), FTX (reason of
 * an amendment or cancellation) and the transport ({@link TransportGroups}). Records where each was found, for
 * errors found later.
 */
record MessageHead(String lrn, MessageFunction function, Instant sentAt, String quotedMrn, String reason,
        Vessel vessel, PortCall portCall, Map<Element, String> locations) {

    static MessageHead read(EdiMessage message, EdiValues values) {
        Map<Element, String> at = new EnumMap<>(Element.class);
        EdiSegment bgm = message.first("BGM").orElseThrow().use();
        at.put(Element.LRN, bgm.at(2));
        at.put(Element.FUNCTION, bgm.at(3));
        values.oneOf(bgm, 1, 1, message.type().equals("PAXLST") ? List.of("250", "745") : List.of("85", "785"),
                "document name code for " + message.type() + (message.type().equals("PAXLST")
                        ? " (250 crew list, 745 passenger list)" : " (85 or 785 cargo manifest)"));
        MessageFunction function = function(bgm, values);
        String lrn = bgm.value(2, 1);
        Instant sentAt = null;
        String mrn = null;
        String reason = null;
        for (EdiSegment segment : message.segments()) {
            if (!segment.path().isEmpty()) {
                continue;
            }
            if (segment.is("DTM", "137")) {
                at.put(Element.SENT_AT, segment.at(1, 2));
                sentAt = values.instant(segment);
            } else if (segment.is("RFF", "ACW")) {
                at.put(Element.MRN, segment.use().at(1, 2));
                mrn = segment.value(1, 2);
            } else if (segment.is("RFF", "TN") && lrn == null) {
                at.put(Element.LRN, segment.use().at(1, 2));
                lrn = segment.value(1, 2);
            } else if (segment.tag().equals("FTX") && function != MessageFunction.ORIGINAL) {
                reason = segment.use().text(4);
            }
        }
        if (lrn == null) {
            values.required(bgm, 2, 1, "the document number (LRN: BGM element 2, or RFF+TN)");
        }
        TransportGroups transport = new TransportGroups(message, values, at);
        return new MessageHead(lrn, function, sentAt, mrn, reason, transport.vessel(), transport.portCall(), at);
    }

    /** The LRN the body names, read without checking anything else (for answers to messages refused early). */
    static String lrnOf(EdiMessage message) {
        EdiSegment bgm = message.first("BGM").orElse(null);
        String lrn = bgm == null ? null : bgm.value(2, 1);
        return lrn != null ? lrn : message.segments().stream().filter(s -> s.path().isEmpty() && s.is("RFF", "TN"))
                .map(s -> s.value(1, 2)).findFirst().orElse(null);
    }

    private static MessageFunction function(EdiSegment bgm, EdiValues values) {
        String code = bgm.value(3);
        switch (code == null ? "9" : code) {
            case "9":
                return MessageFunction.ORIGINAL;
            case "4", "5":
                return MessageFunction.AMENDMENT;
            case "1":
                return MessageFunction.CANCELLATION;
            default:
                values.error(ErrorCode.FUNCTION_NOT_SUPPORTED, bgm.at(3),
                        "message function " + code + " is not accepted; use 9 (original), 4 or 5 (amendment), "
                                + "1 (cancellation)");
                return null;
        }
    }
}
