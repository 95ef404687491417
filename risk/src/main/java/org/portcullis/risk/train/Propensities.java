package org.portcullis.risk.train;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.portcullis.model.assessment.Lane;
import org.portcullis.risk.history.ConsignmentRecord;

/**
 * The chance that a consignment of each lane was inspected, as history shows it (inspected / all of that lane).
 * Inspections depend on the lane the rules gave and on random selection, both recorded, so weighting each
 * inspected consignment by 1 / its lane's propensity makes the inspected stand for all consignments (inverse
 * propensity weighting). GREEN is inspected only when random selection drew it, which keeps its propensity above
 * zero: without random selection, no model could learn about what the rules never look at.
 */
public record Propensities(Map<Lane, Double> byLane) {

    public Propensities {
        byLane = Map.copyOf(byLane);
    }

    public static Propensities estimate(Collection<ConsignmentRecord> records) {
        Map<Lane, int[]> counts = new EnumMap<>(Lane.class);
        for (ConsignmentRecord r : records) {
            int[] c = counts.computeIfAbsent(r.ruleLane(), l -> new int[2]);
            c[0]++;
            c[1] += r.inspected() ? 1 : 0;
        }
        Map<Lane, Double> byLane = new EnumMap<>(Lane.class);
        counts.forEach((lane, c) -> byLane.put(lane, c[0] == 0 ? 0 : (double) c[1] / c[0]));
        return new Propensities(byLane);
    }

    public double of(Lane lane) {
        return byLane.getOrDefault(lane, 0.0);
    }

    /** The weight of an inspected consignment of this lane: how many consignments it stands for. */
    public double weight(Lane lane) {
        double p = of(lane);
        if (p <= 0) {
            throw new IllegalStateException("no consignment of lane " + lane + " was inspected: cannot weight it");
        }
        return 1 / p;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        byLane.forEach((lane, p) -> text.append(String.format(Locale.ROOT, "%s %.1f%% ", lane, p * 100)));
        return text.toString().trim();
    }
}
