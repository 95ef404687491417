package org.portcullis.messaging.edifact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.intake.Locations.Element;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.UnLocode;

/**
 * What PAXLST and CUSCAR share at the message level: BGM (document number = LRN, message function), RFF+ACW (the
 * MRN quoted), DTM+137 (sent at), FTX (reason of an amendment or cancellation) and the TDT group (voyage number,
 * vessel, flag; LOC+60 port of call with DTM+132 ETA, LOC+61 next port, LOC+125 previous ports with DTM+178
 * arrival and DTM+186 departure). Records where each of them was found, for errors found later.
 */
record MessageHead(String lrn, MessageFunction function, Instant sentAt, String quotedMrn, String reason,
        Vessel vessel, PortCall portCall, Map<Element, String> locations) {

    static MessageHead read(EdiMessage message, EdiValues values) {
        Map<Element, String> at = new EnumMap<>(Element.class);
        EdiSegment bgm = message.first("BGM").orElseThrow();
        at.put(Element.LRN, bgm.at(2));
        at.put(Element.FUNCTION, bgm.at(3));
        String lrn = values.required(bgm, 2, 1, "the document number (LRN)");
        values.oneOf(bgm, 1, 1, message.type().equals("PAXLST") ? List.of("250", "745") : List.of("85", "785"),
                "document name code for " + message.type());
        MessageFunction function = function(bgm, values);
        Instant sentAt = null;
        String mrn = null;
        String reason = null;
        for (EdiSegment segment : message.segments()) {
            if (!segment.group().isEmpty()) {
                continue;
            }
            if (segment.is("DTM", "137")) {
                at.put(Element.SENT_AT, segment.at(1, 2));
                sentAt = values.instant(segment);
            } else if (segment.is("RFF", "ACW")) {
                at.put(Element.MRN, segment.at(1, 2));
                mrn = segment.value(1, 2);
            } else if (segment.tag().equals("FTX")) {
                reason = segment.text(4);
            }
        }
        Vessel vessel = null;
        PortCall portCall = null;
        EdiSegment tdt = message.first("TDT").orElse(null);
        if (tdt != null) {
            at.put(Element.VESSEL, tdt.at(8, 1));
            at.put(Element.VOYAGE_NUMBER, tdt.at(2));
            vessel = vessel(tdt, values);
            portCall = portCall(message, tdt, values, at);
        }
        return new MessageHead(lrn, function, sentAt, mrn, reason, vessel, portCall, at);
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
                        "message function " + code + " is not accepted; use 9, 4, 5 or 1");
                return null;
        }
    }

    private static Vessel vessel(EdiSegment tdt, EdiValues values) {
        ImoNumber imo = values.code(tdt, 8, 1, ImoNumber::of);
        String name = values.required(tdt, 8, 4, "the vessel's name");
        CountryCode flag = values.code(tdt, 8, 5, CountryCode::of);
        if (tdt.value(8, 1) == null) {
            values.required(tdt, 8, 1, "the vessel's IMO number");
        }
        return imo == null || name == null ? null : new Vessel(imo, name, flag, null, null);
    }

    private static PortCall portCall(EdiMessage message, EdiSegment tdt, EdiValues values,
            Map<Element, String> at) {
        UnLocode port = null;
        UnLocode next = null;
        Instant eta = null;
        List<PortVisit> visits = new ArrayList<>();
        EdiSegment location = null;
        Instant arrival = null;
        Instant departure = null;
        for (EdiSegment segment : message.segments()) {
            if (!segment.group().equals("SG4")) {
                continue;
            }
            if (segment.tag().equals("LOC")) {
                addVisit(location, arrival, departure, visits, values);
                location = segment;
                arrival = null;
                departure = null;
                if (segment.is("LOC", "60")) {
                    at.put(Element.PORT_OF_CALL, segment.at(2, 1));
                    port = values.code(segment, 2, 1, UnLocode::of);
                } else if (segment.is("LOC", "61")) {
                    next = values.code(segment, 2, 1, UnLocode::of);
                }
            } else if (segment.is("DTM", "132") && location != null && location.is("LOC", "60")) {
                eta = values.instant(segment);
            } else if (segment.is("DTM", "178")) {
                arrival = values.instant(segment);
            } else if (segment.is("DTM", "186")) {
                departure = values.instant(segment);
            }
        }
        addVisit(location, arrival, departure, visits, values);
        if (!at.containsKey(Element.PORT_OF_CALL)) {
            values.error(ErrorCode.EDIFACT_SEGMENT_MISSING, tdt.at(), "LOC+60 (port of call) is missing after TDT");
        } else if (eta == null) {
            values.error(ErrorCode.EDIFACT_SEGMENT_MISSING, at.get(Element.PORT_OF_CALL).replaceAll(", element.*", ""),
                    "DTM+132 (estimated time of arrival) is missing after LOC+60");
        }
        return port == null || eta == null ? null
                : new PortCall(tdt.value(2), port, eta, next, null, visits);
    }

    private static void addVisit(EdiSegment location, Instant arrival, Instant departure, List<PortVisit> visits,
            EdiValues values) {
        if (location != null && location.is("LOC", "125")) {
            UnLocode port = values.code(location, 2, 1, UnLocode::of);
            if (port != null) {
                visits.add(new PortVisit(port, arrival, departure, null));
            }
        }
    }
}
