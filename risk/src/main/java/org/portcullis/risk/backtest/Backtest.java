package org.portcullis.risk.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.portcullis.model.assessment.Lane;
import org.portcullis.risk.history.ConsignmentRecord;
import org.portcullis.risk.scoring.RiskModel;
import org.portcullis.risk.train.Auc;
import org.portcullis.risk.train.FeatureTable;
import org.portcullis.risk.train.LabelledConsignment;
import org.portcullis.risk.train.Propensities;
import org.portcullis.risk.history.History;

/**
 * Proof before use: replays the consignments filed in a window the model was not trained on and compares, at the
 * capacity history had (the number of inspections it did), what the rules, the model and the rules with the model
 * would have caught. Nothing is recorded.
 */
public class Backtest {

    public BacktestReport run(RiskModel model, History history, Instant from, Instant to) {
        return run(model, FeatureTable.of(history, from, to), from, to);
    }

    public BacktestReport run(RiskModel model, List<LabelledConsignment> window, Instant from, Instant to) {
        if (window.isEmpty()) {
            throw new IllegalArgumentException("no consignment was filed between " + from + " and " + to);
        }
        List<ConsignmentRecord> records = window.stream().map(LabelledConsignment::record).toList();
        Propensities propensities = Propensities.estimate(records);
        double[] scores = model.scores(window.stream().map(LabelledConsignment::features).toList());
        int capacity = (int) records.stream().filter(ConsignmentRecord::inspected).count();
        boolean truthKnown = records.stream().map(ConsignmentRecord::wouldFind).allMatch(Objects::nonNull);
        double findable = truthKnown ? records.stream().filter(ConsignmentRecord::wouldFind).count()
                : IntStream.range(0, records.size()).mapToDouble(i -> foundWeight(records.get(i), propensities)).sum();
        List<StrategyResult> results = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            double[] keys = new double[records.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = key(strategy, records.get(i), scores[i]);
            }
            results.add(evaluate(strategy, records, keys, capacity, findable, truthKnown, propensities));
        }
        return new BacktestReport(model.version(), from, to, records.size(), capacity, findable, results);
    }

    private static StrategyResult evaluate(Strategy strategy, List<ConsignmentRecord> records, double[] keys,
            int capacity, double findable, boolean truthKnown, Propensities propensities) {
        List<Integer> picked = IntStream.range(0, records.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> keys[i] + tieBreak(records.get(i))).reversed())
                .limit(capacity).toList();
        double caught = truthKnown ? picked.stream().filter(i -> records.get(i).wouldFind()).count() : Double.NaN;
        double estimated = picked.stream().mapToDouble(i -> foundWeight(records.get(i), propensities)).sum();
        double auc = Double.NaN;
        if (truthKnown) {
            boolean[] truth = new boolean[records.size()];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = records.get(i).wouldFind();
            }
            auc = Auc.of(keys, truth);
        }
        return new StrategyResult(strategy, capacity, caught, caught / capacity, caught / findable, auc, estimated,
                estimated / capacity, estimatedAuc(records, keys, propensities));
    }

    /** The AUC over inspected consignments only, each weighted by 1 / its lane's propensity. */
    private static double estimatedAuc(List<ConsignmentRecord> records, double[] keys, Propensities propensities) {
        int[] inspected = IntStream.range(0, records.size()).filter(i -> records.get(i).inspected()).toArray();
        double[] scores = new double[inspected.length];
        float[] labels = new float[inspected.length];
        float[] weights = new float[inspected.length];
        for (int j = 0; j < inspected.length; j++) {
            ConsignmentRecord r = records.get(inspected[j]);
            scores[j] = keys[inspected[j]];
            labels[j] = r.inspection().found() ? 1 : 0;
            weights[j] = (float) propensities.weight(r.ruleLane());
        }
        return Auc.weighted(scores, labels, weights);
    }

    private static double foundWeight(ConsignmentRecord r, Propensities propensities) {
        return r.inspected() && r.inspection().found() ? propensities.weight(r.ruleLane()) : 0;
    }

    static double key(Strategy strategy, ConsignmentRecord record, double score) {
        return switch (strategy) {
            case RULES -> record.ruleLane() == Lane.RED ? 3 : record.ruleLane() == Lane.YELLOW ? 2
                    : record.randomlySelected() ? 1 : 0;
            case MODEL -> score;
            case RULES_AND_MODEL -> (record.ruleLane() == Lane.RED ? 1 : 0) + score;
        };
    }

    /** Officers pick among equals: a tiny, reproducible nudge per consignment that only orders ties. */
    private static double tieBreak(ConsignmentRecord record) {
        return Math.floorMod(record.reference().hashCode(), 1_000_000) * 1e-12;
    }
}
