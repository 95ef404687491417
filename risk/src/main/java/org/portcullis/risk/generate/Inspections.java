package org.portcullis.risk.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.risk.history.AgencyTask;
import org.portcullis.risk.history.Inspection;

/**
 * Who gets inspected in the generated history and what officers spend on it. Officers inspect 80% of the RED
 * lane and 15% of the YELLOW lane (the rest of YELLOW ends with a documentary check), and every consignment random
 * selection drew (3% of GREEN, as reference/selection.properties says); an inspection finds 90% of what is there.
 * Port health, the maritime authority and border police work on a share of the calls.
 */
final class Inspections {

    static final double RANDOM_SELECTION_RATE = 0.03;
    static final double DETECTION = 0.9;
    static final double RED_INSPECTED = 0.8;
    static final double YELLOW_INSPECTED = 0.15;

    private record Agency(String name, double shareOfCalls, double medianHours) {
    }

    private static final List<Agency> OTHER_AGENCIES = List.of(new Agency("PORT_HEALTH", 0.12, 1.5),
            new Agency("MARITIME_AUTHORITY", 0.06, 5), new Agency("BORDER_POLICE", 0.3, 1));

    private final Dice dice;

    Inspections(Dice dice) {
        this.dice = dice;
    }

    Optional<Inspection> inspect(Lane lane, boolean randomlySelected, boolean wouldFind, Instant arrivedAt) {
        double chance = randomlySelected ? 1 : lane == Lane.RED ? RED_INSPECTED
                : lane == Lane.YELLOW ? YELLOW_INSPECTED : 0;
        if (!dice.chance(chance)) {
            return Optional.empty();
        }
        InspectionVerdict verdict = !wouldFind ? InspectionVerdict.NO_IRREGULARITY
                : dice.chance(0.3) ? InspectionVerdict.IRREGULARITY_SEIZURE : InspectionVerdict.IRREGULARITY_HOLD;
        return Optional.of(new Inspection(arrivedAt.plus(Duration.ofMinutes(dice.between(120, 2880))), verdict));
    }

    AgencyTask customsTask(String mrn, Inspection inspection) {
        return new AgencyTask(mrn, "CUSTOMS", inspection.recordedAt(), hours(3));
    }

    List<AgencyTask> otherAgencies(String mrn, Instant arrivedAt) {
        List<AgencyTask> tasks = new ArrayList<>();
        for (Agency agency : OTHER_AGENCIES) {
            if (dice.chance(agency.shareOfCalls())) {
                tasks.add(new AgencyTask(mrn, agency.name(), arrivedAt.plus(Duration.ofHours(dice.between(1, 12))),
                        hours(agency.medianHours())));
            }
        }
        return tasks;
    }

    private double hours(double median) {
        return Math.round(dice.logNormal(median, 0.3) * 100) / 100.0;
    }
}
