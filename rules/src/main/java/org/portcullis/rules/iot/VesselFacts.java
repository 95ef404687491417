package org.portcullis.rules.iot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.iot.VesselPosition;
import org.portcullis.rules.fact.iot.ListedAreas;
import org.portcullis.rules.fact.iot.VesselLoitering;
import org.portcullis.rules.fact.iot.VesselSilent;
import org.portcullis.rules.fact.iot.VesselTrack;

/**
 * The facts of the vessel's AIS reports (in time order) before its arrival: its track, its loitering, and, when the
 * assessment runs before the ETA, its silence since the latest report once that has reached the threshold.
 */
final class VesselFacts {

    private static final double KM_PER_NAUTICAL_MILE = 1.852;

    private VesselFacts() {
    }

    static List<Object> of(Filing filing, List<VesselPosition> positions, ListedAreas areas, Instant now,
            VesselSilentAfter silentAfter) {
        Instant arrival = filing.portCall().eta();
        List<VesselPosition> reports = positions.stream().filter(p -> p.observedAt().isBefore(arrival)).toList();
        if (reports.isEmpty()) {
            return List.of();
        }
        String vessel = filing.vessel().name() + " (IMO " + filing.vessel().imoNumber().value() + ")";
        List<Object> facts = new ArrayList<>();
        VesselPosition last = reports.get(reports.size() - 1);
        if (now.isBefore(arrival) && silentAfter.reached(last.observedAt(), now)) {
            facts.add(new VesselSilent(vessel, last.mmsi().value(), last.observedAt(), now, silentAfter.duration()));
        }
        if (reports.size() < 2) {
            return facts;
        }
        int widest = 0;
        for (int i = 1; i < reports.size() - 1; i++) {
            widest = gap(reports, i).compareTo(gap(reports, widest)) > 0 ? i : widest;
        }
        facts.add(new VesselTrack(vessel, reports.get(0).mmsi().value(), reports.size(),
                reports.get(widest).observedAt(), reports.get(widest + 1).observedAt()));
        for (ListedAreas.ListedArea area : areas.areas()) {
            long minutes = 0;
            Instant from = null;
            Instant to = null;
            for (int i = 0; i < reports.size() - 1; i++) {
                VesselPosition a = reports.get(i);
                VesselPosition b = reports.get(i + 1);
                if (area.contains(a.position()) && area.contains(b.position()) && slow(a, b)) {
                    minutes += Duration.between(a.observedAt(), b.observedAt()).toMinutes();
                    from = from == null ? a.observedAt() : from;
                    to = b.observedAt();
                }
            }
            if (minutes > 0) {
                facts.add(new VesselLoitering(vessel, area.name(), area.reason(), minutes, from, to));
            }
        }
        return facts;
    }

    private static Duration gap(List<VesselPosition> reports, int i) {
        return Duration.between(reports.get(i).observedAt(), reports.get(i + 1).observedAt());
    }

    /** Both reports slow: by their speed over ground, or where one is missing, by the distance made between them. */
    private static boolean slow(VesselPosition a, VesselPosition b) {
        double hours = Duration.between(a.observedAt(), b.observedAt()).toMinutes() / 60.0;
        double made = hours <= 0 ? 0 : a.position().distanceKm(b.position()) / KM_PER_NAUTICAL_MILE / hours;
        double speedA = a.speedOverGroundKnots() == null ? made : a.speedOverGroundKnots();
        double speedB = b.speedOverGroundKnots() == null ? made : b.speedOverGroundKnots();
        return speedA < VesselLoitering.SLOW_KNOTS && speedB < VesselLoitering.SLOW_KNOTS;
    }
}
