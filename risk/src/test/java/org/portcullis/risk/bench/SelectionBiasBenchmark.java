package org.portcullis.risk.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Lane;
import org.portcullis.risk.feature.FeatureSpace;
import org.portcullis.risk.generate.GeneratorSettings;
import org.portcullis.risk.generate.HistoryGenerator;
import org.portcullis.risk.history.ConsignmentRecord;
import org.portcullis.risk.history.History;
import org.portcullis.risk.train.Auc;
import org.portcullis.risk.train.FeatureTable;
import org.portcullis.risk.train.LabelledConsignment;
import org.portcullis.risk.train.ModelTrainer;
import org.portcullis.risk.train.Propensities;
import org.portcullis.risk.train.TrainingOptions;
import org.portcullis.risk.train.TrainingWindows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ways of learning from inspections the rules chose, other than the standard's inverse propensity weights by lane,
 * each measured by its held-out AUC against the truth on several seeds (docs/risk-model.md, "Selection bias: what each
 * way of learning gave"). The booster's settings are the standard's throughout; only the rows, labels, weights and
 * extra columns differ. The feature table is the standard's (features-4 since 2026-12-06, which has the rules' own lane;
 * the ideas adding "the lane the rules gave as a column" were measured on features-3 and now add it twice). Seeds from {@code -Drisk.seeds} (default 42,7); {@code -Drisk.ideas} runs only the ideas
 * whose names contain one of its comma-separated parts. Run with {@code mvn -B -pl risk -am -Pbench verify
 * -Dtest=SelectionBiasBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; figures in target/benchmark/selection-bias.txt.
 */
class SelectionBiasBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SelectionBiasBenchmark.class);
    private static final BenchLines FIGURES = new BenchLines(log, "selection-bias.txt");
    private static final TrainingOptions STANDARD = TrainingOptions.standard();
    /** The idea trained on the warm-up days too (from the history's first filing to the held-out window). */
    private static final String FROM_FIRST_DAY = "standard, trained from the first day (warm-up days too)";

    /** One way of learning: scores of the held-out consignments from the training window. */
    private interface Idea {
        double[] scores(List<LabelledConsignment> training, List<LabelledConsignment> heldOut) throws XGBoostError;
    }

    @Test
    void eachWayOfLearningFromSelectedInspections() throws XGBoostError {
        Map<String, Idea> ideas = new LinkedHashMap<>();
        ideas.put("standard: inverse propensity weights by lane", (tr, ho) -> standard(tr, ho, 7));
        ideas.put("no weights", (tr, ho) -> inspectedOnly(tr, ho, r -> 1.0, false));
        ideas.put("random selection's inspections only, unweighted",
                (tr, ho) -> inspectedOnly(tr.stream().filter(l -> l.record().randomlySelected()).toList(), ho,
                        r -> 1.0, false));
        ideas.put("weights by lane and random selection (random inspections 1 / 3 %)",
                (tr, ho) -> inspectedOnly(tr, ho, randomAware(tr), false));
        ideas.put("selection indicator column, scored as if drawn at random", (tr, ho) -> inspectedOnly(tr, ho,
                lanes(tr), true));
        ideas.put("the lane the rules gave as a column, inverse propensity weights by lane", (tr, ho) -> inspectedOnly(
                tr, ho, lanes(tr), l -> (float) l.record().ruleLane().ordinal(), l -> (float) l.record().ruleLane()
                        .ordinal()));
        ideas.put("the lane the rules gave as a column held to raise the score, inverse propensity weights by lane",
                (tr, ho) -> {
                    Function<LabelledConsignment, Float> lane = l -> (float) l.record().ruleLane().ordinal();
                    return inspectedOnly(tr, ho, lanes(tr), lane, lane, STANDARD.seed(), 1);
                });
        ideas.put("doubly robust pseudo-labels clipped to [0,1] (every consignment a row)",
                (tr, ho) -> doublyRobust(tr, ho, true));
        ideas.put("doubly robust pseudo-labels unclipped, squared error (every consignment a row)",
                (tr, ho) -> doublyRobust(tr, ho, false));
        ideas.put("the lane the rules gave as a column, no weights", (tr, ho) -> inspectedOnly(tr, ho, r -> 1.0,
                l -> (float) l.record().ruleLane().ordinal(), l -> (float) l.record().ruleLane().ordinal()));
        ideas.put("the lane the rules gave as a column, inverse propensity weights by lane, bagging of 5", (tr, ho) -> {
            double[] sum = new double[ho.size()];
            for (long seed = 7; seed < 12; seed++) {
                double[] s = inspectedOnly(tr, ho, lanes(tr), l -> (float) l.record().ruleLane().ordinal(),
                        l -> (float) l.record().ruleLane().ordinal(), seed);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += s[i] / 5;
                }
            }
            return sum;
        });
        ideas.put("bagging of 5 with weights by lane and random selection", (tr, ho) -> {
            double[] sum = new double[ho.size()];
            for (long seed = 7; seed < 12; seed++) {
                double[] s = inspectedOnly(tr, ho, randomAware(tr), null, null, seed);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += s[i] / 5;
                }
            }
            return sum;
        });
        ideas.put(FROM_FIRST_DAY, (tr, ho) -> standard(tr, ho, 7));
        ideas.put("positive-unlabelled: all consignments, found vs the rest, score / lane propensity",
                (tr, ho) -> positiveUnlabelled(tr, ho, true));
        ideas.put("positive-unlabelled with one labelling chance (class prior from random selection; rank unchanged)",
                (tr, ho) -> positiveUnlabelled(tr, ho, false));
        ideas.put("bagging: mean of 5 standard boosters (seeds 7, 8, 9, 10, 11)", (tr, ho) -> {
            double[] sum = new double[ho.size()];
            for (long seed = 7; seed < 12; seed++) {
                double[] s = standard(tr, ho, seed);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += s[i] / 5;
                }
            }
            return sum;
        });
        String only = System.getProperty("risk.ideas", "");
        if (!only.isBlank()) {
            List<String> parts = Arrays.stream(only.split(",")).map(String::trim).toList();
            ideas.keySet().removeIf(name -> parts.stream().noneMatch(name::contains));
        }
        String[] seeds = System.getProperty("risk.seeds", "42,7").split(",");
        Map<String, double[]> aucs = new LinkedHashMap<>();
        for (int s = 0; s < seeds.length; s++) {
            long seed = Long.parseLong(seeds[s].trim());
            History history = new HistoryGenerator().generate(GeneratorSettings.standard(seed));
            TrainingWindows windows = TrainingWindows.of(history);
            List<LabelledConsignment> training = FeatureTable.of(history, windows.trainFrom(), windows.testFrom());
            List<LabelledConsignment> heldOut = FeatureTable.of(history, windows.testFrom(), windows.to());
            List<LabelledConsignment> fromFirstDay = FeatureTable.of(history, history.calls().get(0).filedAt(),
                    windows.testFrom());
            boolean[] truth = new boolean[heldOut.size()];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = heldOut.get(i).record().wouldFind();
            }
            for (var idea : ideas.entrySet()) {
                double auc = Auc.of(idea.getValue().scores(idea.getKey().equals(FROM_FIRST_DAY) ? fromFirstDay
                        : training, heldOut), truth);
                line("seed %d | %-85s | AUC %.3f", seed, idea.getKey(), auc);
                aucs.computeIfAbsent(idea.getKey(), k -> new double[seeds.length])[s] = auc;
            }
        }
        aucs.forEach((name, values) -> line("mean AUC over seeds %s | %-85s | %.3f", String.join(",", seeds), name,
                Arrays.stream(values).average().orElse(Double.NaN)));
    }

    private static double[] standard(List<LabelledConsignment> training, List<LabelledConsignment> heldOut, long seed) {
        TrainingOptions o = STANDARD;
        TrainingOptions options = new TrainingOptions(o.maxDepth(), o.eta(), o.rounds(), o.minChildWeight(),
                o.subsample(), o.columnSample(), seed, o.threads(), o.vocabularyMinCount(), o.vocabularyMax(),
                o.monotone());
        return new ModelTrainer(Clock.systemUTC()).train(training, Instant.EPOCH, Instant.EPOCH, options)
                .scores(heldOut.stream().map(LabelledConsignment::features).toList());
    }

    /**
     * Doubly robust pseudo-labels: the standard model's score m of every training consignment (the outcome model),
     * plus, for an inspected one, (label - m) / its lane's chance of inspection; a booster then learns from every
     * consignment of the window. Clipped: labels held to [0, 1] for the logistic objective (an inspected one then
     * keeps its own label, the others take m); unclipped: squared error on the raw pseudo-labels.
     */
    private static double[] doublyRobust(List<LabelledConsignment> training, List<LabelledConsignment> heldOut,
            boolean clipped) throws XGBoostError {
        Propensities p = Propensities.estimate(training.stream().map(LabelledConsignment::record).toList());
        double[] outcome = standard(training, training, STANDARD.seed());
        FeatureSpace space = FeatureSpace.learn(training.stream().map(LabelledConsignment::features).toList(),
                STANDARD.vocabularyMinCount(), STANDARD.vocabularyMax());
        float[] labels = new float[training.size()];
        float[] weights = new float[training.size()];
        for (int i = 0; i < training.size(); i++) {
            ConsignmentRecord r = training.get(i).record();
            double y = outcome[i];
            if (r.inspected()) {
                y += ((training.get(i).found() ? 1 : 0) - outcome[i]) / p.of(r.ruleLane());
            }
            labels[i] = (float) (clipped ? Math.max(0, Math.min(1, y)) : y);
            weights[i] = 1;
        }
        Booster booster = train(space, training, labels, weights, null, STANDARD.seed(), 0,
                clipped ? null : "reg:squarederror");
        return predict(booster, space, heldOut, null);
    }

    private static Function<ConsignmentRecord, Double> lanes(List<LabelledConsignment> training) {
        Propensities p = Propensities.estimate(training.stream().map(LabelledConsignment::record).toList());
        return r -> p.weight(r.ruleLane());
    }

    /**
     * Random selection draws every consignment with the same chance whatever its lane: its inspections stand for all
     * consignments at 1 / that chance; the rules' own inspections (not drawn) stand for their lane's consignments not
     * drawn, at 1 / the share of those the rules inspected.
     */
    private static Function<ConsignmentRecord, Double> randomAware(List<LabelledConsignment> training) {
        List<ConsignmentRecord> records = training.stream().map(LabelledConsignment::record).toList();
        double drawn = (double) records.stream().filter(ConsignmentRecord::randomlySelected).count() / records.size();
        Map<Lane, double[]> byLane = new HashMap<>();
        for (ConsignmentRecord r : records) {
            if (!r.randomlySelected()) {
                double[] c = byLane.computeIfAbsent(r.ruleLane(), l -> new double[2]);
                c[0]++;
                c[1] += r.inspected() ? 1 : 0;
            }
        }
        return r -> {
            if (r.randomlySelected()) {
                return 1 / drawn;
            }
            double[] c = byLane.get(r.ruleLane());
            return c[0] / c[1];
        };
    }

    /** The standard's booster on the inspected consignments with these weights (and a column "chosen by the rules"). */
    private static double[] inspectedOnly(List<LabelledConsignment> training, List<LabelledConsignment> heldOut,
            Function<ConsignmentRecord, Double> weight, boolean indicator) throws XGBoostError {
        return inspectedOnly(training, heldOut, weight, indicator ? l -> l.record().randomlySelected() ? 0f : 1f
                : null, indicator ? l -> 0f : null, STANDARD.seed());
    }

    private static double[] inspectedOnly(List<LabelledConsignment> training, List<LabelledConsignment> heldOut,
            Function<ConsignmentRecord, Double> weight, Function<LabelledConsignment, Float> trainedColumn,
            Function<LabelledConsignment, Float> scoredColumn) throws XGBoostError {
        return inspectedOnly(training, heldOut, weight, trainedColumn, scoredColumn, STANDARD.seed());
    }

    /** The same with an extra column, as trained and as scored (null: none), and the booster's seed. */
    private static double[] inspectedOnly(List<LabelledConsignment> training, List<LabelledConsignment> heldOut,
            Function<ConsignmentRecord, Double> weight, Function<LabelledConsignment, Float> trainedColumn,
            Function<LabelledConsignment, Float> scoredColumn, long seed) throws XGBoostError {
        return inspectedOnly(training, heldOut, weight, trainedColumn, scoredColumn, seed, 0);
    }

    /** The same, the extra column held to this direction (1 raises, 0 free). */
    private static double[] inspectedOnly(List<LabelledConsignment> training, List<LabelledConsignment> heldOut,
            Function<ConsignmentRecord, Double> weight, Function<LabelledConsignment, Float> trainedColumn,
            Function<LabelledConsignment, Float> scoredColumn, long seed, int direction) throws XGBoostError {
        List<LabelledConsignment> rows = training.stream().filter(l -> l.record().inspected()).toList();
        FeatureSpace space = FeatureSpace.learn(training.stream().map(LabelledConsignment::features).toList(),
                STANDARD.vocabularyMinCount(), STANDARD.vocabularyMax());
        float[] labels = new float[rows.size()];
        float[] weights = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            labels[i] = rows.get(i).found() ? 1 : 0;
            weights[i] = weight.apply(rows.get(i).record()).floatValue();
        }
        Booster booster = train(space, rows, labels, weights, trainedColumn, seed, direction, null);
        return predict(booster, space, heldOut, scoredColumn);
    }

    /**
     * Positive-unlabelled learning with known propensities: every consignment of the window is a row, labelled 1 when
     * an inspection found something and 0 otherwise (not inspected counts as unlabelled, i.e. 0). The booster then
     * learns the chance of "inspected and found", and dividing by the lane's chance of inspection gives the chance
     * of "found" (the selected-at-random-given-the-lane assumption).
     */
    private static double[] positiveUnlabelled(List<LabelledConsignment> training, List<LabelledConsignment> heldOut,
            boolean byLane) throws XGBoostError {
        Propensities p = Propensities.estimate(training.stream().map(LabelledConsignment::record).toList());
        FeatureSpace space = FeatureSpace.learn(training.stream().map(LabelledConsignment::features).toList(),
                STANDARD.vocabularyMinCount(), STANDARD.vocabularyMax());
        float[] labels = new float[training.size()];
        float[] weights = new float[training.size()];
        for (int i = 0; i < training.size(); i++) {
            labels[i] = training.get(i).found() ? 1 : 0;
            weights[i] = 1;
        }
        if (!byLane) {
            // Elkan and Noto: one chance of being labelled for every finding; dividing by it keeps the ranking
            return predict(train(space, training, labels, weights, null, STANDARD.seed()), space, heldOut, null);
        }
        Booster booster = train(space, training, labels, weights, l -> (float) p.of(l.record().ruleLane()),
                STANDARD.seed());
        double[] scores = predict(booster, space, heldOut, l -> (float) p.of(l.record().ruleLane()));
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= p.of(heldOut.get(i).record().ruleLane());
        }
        return scores;
    }

    private static Booster train(FeatureSpace space, List<LabelledConsignment> rows, float[] labels, float[] weights,
            Function<LabelledConsignment, Float> extra, long seed) throws XGBoostError {
        return train(space, rows, labels, weights, extra, seed, 0, null);
    }

    /** {@code direction}: the extra column's monotone constraint; {@code objective}: null for the standard's. */
    private static Booster train(FeatureSpace space, List<LabelledConsignment> rows, float[] labels, float[] weights,
            Function<LabelledConsignment, Float> extra, long seed, int direction, String objective)
            throws XGBoostError {
        double total = 0;
        for (float w : weights) {
            total += w;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (weights[i] * weights.length / total);
        }
        DMatrix matrix = matrix(space, rows, extra);
        matrix.setLabel(labels);
        matrix.setWeight(weights);
        Map<String, Object> parameters = STANDARD.boosterParameters(space);
        parameters.put("seed", seed);
        if (extra != null) {
            String constraints = space.monotoneConstraints();
            parameters.put("monotone_constraints", constraints.substring(0, constraints.length() - 1) + ","
                    + direction + ")");
        }
        if (objective != null) {
            parameters.put("objective", objective);
            parameters.put("eval_metric", "rmse");
        }
        Booster booster = XGBoost.train(matrix, parameters, STANDARD.rounds(), new HashMap<>(), null, null);
        matrix.dispose();
        return booster;
    }

    private static double[] predict(Booster booster, FeatureSpace space, List<LabelledConsignment> rows,
            Function<LabelledConsignment, Float> extra) throws XGBoostError {
        DMatrix matrix = matrix(space, rows, extra);
        float[][] predicted = booster.predict(matrix);
        matrix.dispose();
        double[] scores = new double[predicted.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = predicted[i][0];
        }
        return scores;
    }

    private static DMatrix matrix(FeatureSpace space, List<LabelledConsignment> rows,
            Function<LabelledConsignment, Float> extra) throws XGBoostError {
        int width = space.size() + (extra == null ? 0 : 1);
        float[] data = new float[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(space.encode(rows.get(i).features()), 0, data, i * width, space.size());
            if (extra != null) {
                data[i * width + space.size()] = extra.apply(rows.get(i));
            }
        }
        return new DMatrix(data, rows.size(), width, Float.NaN);
    }

    private static void line(String format, Object... args) {
        FIGURES.line(format, args);
    }
}
