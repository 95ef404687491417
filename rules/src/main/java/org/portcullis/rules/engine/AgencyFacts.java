package org.portcullis.rules.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.RecentPortCall;
import org.portcullis.model.filing.WasteItem;
import org.portcullis.rules.fact.health.PortHealthFact;
import org.portcullis.rules.fact.health.PortVisitedFact;
import org.portcullis.rules.fact.maritime.PreviousPortFact;
import org.portcullis.rules.fact.maritime.ShipSecurityFact;
import org.portcullis.rules.fact.maritime.WasteFact;

/**
 * The facts of the port health and maritime authority rules: the health declaration, the ports left in the thirty
 * days before arrival, the security information, the last ten ports' security levels and the waste notification.
 */
final class AgencyFacts {

    /** The Maritime Declaration of Health asks for the ports of call of the last thirty days. */
    static final int HEALTH_PERIOD_DAYS = 30;

    private AgencyFacts() {
    }

    static List<Object> of(Filing filing) {
        List<Object> facts = new ArrayList<>();
        String vessel = filing.vessel().name() + " (IMO " + filing.vessel().imoNumber().value() + ")";
        LocalDate arrival = LocalDate.ofInstant(filing.portCall().eta(), ZoneOffset.UTC);
        if (filing.health() != null) {
            facts.add(new PortHealthFact(vessel, filing.health(), arrival));
        }
        portsVisited(filing, arrival).forEach((port, departure) ->
                facts.add(new PortVisitedFact(vessel, port, departure, arrival)));
        for (PortVisit visit : filing.portCall().previousPorts()) {
            facts.add(new PreviousPortFact(vessel, visit.port().value(), visit.securityLevel(),
                    visit.additionalSecurityMeasures()));
        }
        if (filing.security() != null) {
            facts.add(new ShipSecurityFact(vessel, filing.security(), filing.portCall().securityLevel(),
                    filing.portCall().portOfCall().value(), arrival));
        }
        if (filing.waste() != null) {
            for (WasteItem item : filing.waste().wastes()) {
                facts.add(new WasteFact(vessel, filing.waste(), item));
            }
        }
        return facts;
    }

    /** Each port left within the health period before arrival, with its latest departure (null when not given). */
    private static Map<String, LocalDate> portsVisited(Filing filing, LocalDate arrival) {
        Map<String, LocalDate> ports = new LinkedHashMap<>();
        LocalDate since = arrival.minusDays(HEALTH_PERIOD_DAYS);
        if (filing.health() != null) {
            for (RecentPortCall call : filing.health().portsVisited()) {
                if (call.departure() == null || !call.departure().isBefore(since)) {
                    ports.merge(call.port().value(), orMin(call.departure()), AgencyFacts::later);
                }
            }
        }
        for (PortVisit visit : filing.portCall().previousPorts()) {
            LocalDate left = visit.departure() == null ? null : LocalDate.ofInstant(visit.departure(), ZoneOffset.UTC);
            if (left != null && !left.isBefore(since)) {
                ports.merge(visit.port().value(), left, AgencyFacts::later);
            }
        }
        ports.replaceAll((port, day) -> day.equals(LocalDate.MIN) ? null : day);
        return ports;
    }

    private static LocalDate orMin(LocalDate day) {
        return day == null ? LocalDate.MIN : day;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
