package org.portcullis.risk.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.risk.history.TraderKeys;
import org.portcullis.risk.history.AgencyTask;
import org.portcullis.risk.history.CallRecord;
import org.portcullis.risk.history.ConsignmentRecord;
import org.portcullis.risk.history.History;

/**
 * Generates a realistic history, reproducible from its seed: port calls at Rotterdam, Antwerp and Hamburg with a
 * weekday pattern, their consignments ({@link ConsignmentGenerator}), the lane today's rules would give each
 * ({@link Lanes}), random selection, inspections and what they found ({@link PlantedRisk}, {@link Inspections}),
 * and the agencies' tasks. Calls are played out in the order they were filed, as the live system sees them.
 */
public class HistoryGenerator {

    /** Mean calls a day, Monday first, at scale 1. */
    private static final Map<String, double[]> CALLS = Map.of(
            "NLRTM", new double[] {16, 15, 15, 14, 16, 9, 6},
            "BEANR", new double[] {10, 10, 9, 10, 11, 6, 4},
            "DEHAM", new double[] {8, 8, 7, 8, 8, 4, 3});

    public History generate(GeneratorSettings settings) {
        Dice dice = new Dice(settings.seed());
        Catalogue catalogue = Catalogue.load();
        Traders traders = new Traders(dice, catalogue);
        Equipment equipment = new Equipment(dice);
        CallGenerator calls = new CallGenerator(dice, catalogue, equipment,
                new ConsignmentGenerator(dice, catalogue, traders, equipment));
        List<DraftCall> drafts = new ArrayList<>();
        for (int day = 0; day < settings.days(); day++) {
            LocalDate date = settings.start().plusDays(day);
            for (String port : List.of("NLRTM", "BEANR", "DEHAM")) {
                double mean = CALLS.get(port)[date.getDayOfWeek().getValue() - 1] * settings.callScale();
                int count = dice.poisson(mean);
                for (int i = 0; i < count; i++) {
                    Instant eta = date.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(dice.between(0, 86_399));
                    drafts.add(calls.call(port, eta));
                }
            }
        }
        drafts.sort(Comparator.comparing((DraftCall d) -> d.filing().header().sentAt()).thenComparing(DraftCall::mrn));
        return playOut(dice, drafts);
    }

    private History playOut(Dice dice, List<DraftCall> drafts) {
        PlantedRisk truth = new PlantedRisk();
        Inspections inspections = new Inspections(dice);
        Set<String> seen = new HashSet<>();
        Map<String, Double> closeness = new HashMap<>();
        List<CallRecord> records = new ArrayList<>();
        List<AgencyTask> tasks = new ArrayList<>();
        for (DraftCall call : drafts) {
            List<String> called = call.filing().portCall().previousPorts().stream().map(PortVisit::port)
                    .map(p -> p.value()).toList();
            List<ConsignmentRecord> outcomes = new ArrayList<>();
            for (DraftConsignment draft : call.consignments()) {
                String consignorKey = TraderKeys.of(draft.consignment().consignor());
                String consigneeKey = TraderKeys.of(draft.consignment().consignee());
                boolean consignorFirst = seen.add(consignorKey);
                boolean consigneeFirst = seen.add(consigneeKey);
                closeness.put(consignorKey, draft.consignor().watchlistCloseness());
                closeness.put(consigneeKey, draft.consignee().watchlistCloseness());
                boolean transhipped = !called.contains(draft.consignment().placeOfLoading().value());
                Lane lane = Lanes.of(draft, consignorFirst);
                boolean random = lane == Lane.GREEN && dice.chance(Inspections.RANDOM_SELECTION_RATE);
                double odds = truth.probability(draft, transhipped, consigneeFirst, consignorFirst);
                boolean wouldFind = dice.chance(odds) && dice.chance(Inspections.DETECTION);
                var inspection = inspections.inspect(lane, random, wouldFind, call.arrivedAt());
                inspection.ifPresent(i -> tasks.add(inspections.customsTask(call.mrn(), i)));
                outcomes.add(new ConsignmentRecord(draft.consignment(), lane, random, inspection.orElse(null),
                        wouldFind, draft.declaredValues(), odds));
            }
            tasks.addAll(inspections.otherAgencies(call.mrn(), call.arrivedAt()));
            records.add(new CallRecord(call.mrn(), call.filing(), call.arrivedAt(), outcomes));
        }
        return new History(records, tasks, closeness);
    }
}
