package org.portcullis.messaging.edifact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.intake.Locations.Element;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.UnLocode;

/**
 * The message-level transport groups (PAXLST segment group 2 with its LOC groups, CUSCAR's TDT group): the voyage
 * number (TDT 8028) and the vessel (TDT C222: 8213 with code list 1131 146 or agency 3055 11 is the IMO number, 103
 * a call sign; 8212 the name, 8453 the flag), the port of call (LOC+60, or the guidelines' place of arrival LOC+87;
 * without either, the last routing LOC+92) with its arrival (DTM+132 estimated or DTM+232 scheduled), the next port
 * (LOC+61), and the ports called at before (LOC+125 with DTM+178 arrival and DTM+186, 189 or 133 departure).
 * PAXLST nests each LOC with its DTMs; CUSCAR lists the LOCs, then the DTMs: there a DTM's qualifier says what it
 * dates (132, 232 the arrival at the port of call; the others the last LOC+125). A CUSCAR whose transport group names
 * no place of arrival may name it for the whole message (header LOC+60 or 87 with DTM+132 or 232, as US CBP's ACE
 * guide does).
 */
final class TransportGroups {

    private static final Set<String> ARRIVAL = Set.of("132", "232", "178");
    private static final Set<String> DEPARTURE = Set.of("186", "189", "133");

    private final EdiValues values;
    private final Map<Element, String> at;
    /** The message-level LOC and DTM segments (CUSCAR's header). */
    private final List<EdiSegment> header;
    private Vessel vessel;
    private PortCall portCall;

    TransportGroups(EdiMessage message, EdiValues values, Map<Element, String> at) {
        this.values = values;
        this.at = at;
        this.header = message.segments().stream()
                .filter(s -> s.path().isEmpty() && (s.tag().equals("LOC") || s.tag().equals("DTM"))).toList();
        List<EdiSegment> groups = message.segments().stream()
                .filter(s -> s.path().equals("TDT") || s.path().startsWith("TDT/")).toList();
        EdiSegment tdt = groups.stream().filter(s -> s.tag().equals("TDT")).findFirst().orElse(null);
        if (tdt != null) {
            vessel = vessel(tdt.use());
            portCall = portCall(tdt, groups);
        }
    }

    Vessel vessel() {
        return vessel;
    }

    PortCall portCall() {
        return portCall;
    }

    private Vessel vessel(EdiSegment tdt) {
        at.put(Element.VESSEL, tdt.at(8, 1));
        at.put(Element.VOYAGE_NUMBER, tdt.at(2));
        String id = tdt.value(8, 1);
        String codeList = tdt.value(8, 2);
        boolean callSign = "103".equals(codeList);
        boolean imo = id != null && !callSign && ("146".equals(codeList) || "11".equals(tdt.value(8, 3))
                || id.matches("(IMO)?\\d{7}"));
        if (!imo) {
            values.error(ErrorCode.VESSEL_NOT_IDENTIFIED, id == null ? tdt.at() : tdt.at(8, 1),
                    id == null ? "TDT names no vessel (C222 is empty): a flight or voyage alone does not identify a ship"
                            : "'" + id + "' (code list " + codeList + ") is not an IMO number"
                                    + (callSign ? ": 103 is a call sign" : ""));
            return null;
        }
        ImoNumber number = values.code(tdt, 8, 1, ImoNumber::of);
        String name = values.required(tdt, 8, 4, "the vessel's name (C222 8212)");
        CountryCode flag = values.country(tdt, 8, 5);
        return number == null || name == null ? null : new Vessel(number, name, flag, null, null);
    }

    private PortCall portCall(EdiSegment tdt, List<EdiSegment> groups) {
        EdiSegment port = last(groups, "60", "87");
        if (port == null) {
            port = last(groups, "92");
        }
        boolean forTheMessage = port == null && last(header, "60", "87") != null;
        if (forTheMessage) {
            port = last(header, "60", "87");
        }
        if (port == null) {
            values.error(ErrorCode.EDIFACT_SEGMENT_MISSING, tdt.at(),
                    "the port of call is missing after TDT: LOC+60 or LOC+87 (place of arrival)");
            return null;
        }
        at.put(Element.PORT_OF_CALL, port.at(2, 1));
        UnLocode portOfCall = values.code(port, 2, 1, UnLocode::of);
        Instant eta = null;
        UnLocode next = null;
        Map<EdiSegment, Instant[]> previous = new LinkedHashMap<>();
        EdiSegment location = null;
        EdiSegment lastPrevious = null;
        for (EdiSegment segment : groups) {
            if (segment.tag().equals("LOC")) {
                location = segment;
                if (segment.is("LOC", "125")) {
                    lastPrevious = segment;
                    previous.put(segment, new Instant[2]);
                } else if (segment.is("LOC", "61")) {
                    next = values.code(segment, 2, 1, UnLocode::of);
                }
            } else if (segment.tag().equals("DTM") && location != null) {
                String qualifier = segment.value(1, 1);
                boolean nested = segment.path().startsWith("TDT/");
                EdiSegment about = nested ? location : lastPrevious;
                if ((!nested || location == port) && ("132".equals(qualifier) || "232".equals(qualifier))) {
                    if (eta == null) {
                        eta = values.instant(segment);
                        at.put(Element.ETA, segment.at(1, 2));
                    }
                } else if (about != null && previous.containsKey(about) && ARRIVAL.contains(qualifier)) {
                    previous.get(about)[0] = values.instant(segment);
                } else if (about != null && previous.containsKey(about) && DEPARTURE.contains(qualifier)) {
                    previous.get(about)[1] = values.instant(segment);
                }
            }
        }
        List<PortVisit> visits = new ArrayList<>();
        previous.forEach((loc, times) -> {
            UnLocode visited = values.code(loc, 2, 1, UnLocode::of);
            if (visited != null) {
                visits.add(new PortVisit(visited, times[0], times[1], null));
            }
        });
        EdiSegment arrival = forTheMessage && eta == null ? header.stream()
                .filter(s -> s.is("DTM", "132") || s.is("DTM", "232")).findFirst().orElse(null) : null;
        if (arrival != null) {
            eta = values.instant(arrival);
            at.put(Element.ETA, arrival.at(1, 2));
        }
        if (eta == null) {
            values.error(ErrorCode.EDIFACT_SEGMENT_MISSING, port.at(),
                    "the arrival at the port of call is missing: DTM+132 (estimated) or DTM+232 (scheduled)");
        }
        return portOfCall == null || eta == null ? null
                : new PortCall(tdt.value(2), portOfCall, eta, next, null, visits);
    }

    private static EdiSegment last(List<EdiSegment> groups, String... qualifiers) {
        EdiSegment found = null;
        for (EdiSegment segment : groups) {
            for (String qualifier : qualifiers) {
                if (segment.is("LOC", qualifier)) {
                    found = qualifier.equals("92") || found == null ? segment : found;
                }
            }
        }
        return found;
    }
}
