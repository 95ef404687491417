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
 * the ideas adding "the lane the rules gave as a column" were measured on features-3 and now add it twice). Its
 * "standard" is one booster (the standard before bagged boosting); the bagging ideas and the settings chosen by
 * time-ordered cross-validation on the training part were added for the fifth look (docs/risk-model.md, "Bagged
 * boosting and the other ideas of the fifth look"). Seeds from {@code -Drisk.seeds} (default 42,7); {@code -Drisk.ideas} runs only the ideas
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
    /** The settings cross-validation chose per training window, so that two ideas using them choose once. */
    private static final Map<List<LabelledConsignment>, Setting> CHOSEN = new java.util.IdentityHashMap<>();

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
        ideas.put("bagging: mean log-odds of 10 standard boosters (seeds 7 to 16)",
                (tr, ho) -> bagged(tr, ho, Map.of(), STANDARD.rounds(), 10, Resample.NONE));
        ideas.put("bagged boosting: mean log-odds of 10 boosters on bootstrap samples of the inspections",
                (tr, ho) -> bagged(tr, ho, Map.of(), STANDARD.rounds(), 10, Resample.BOOTSTRAP));
        ideas.put("bagged boosting: mean log-odds of 10 boosters on bootstrap samples within lane and outcome",
                (tr, ho) -> bagged(tr, ho, Map.of(), STANDARD.rounds(), 10, Resample.STRATIFIED));
        ideas.put("settings chosen by time-ordered cross-validation on the training part", (tr, ho) -> {
            Setting chosen = crossValidated(tr);
            return bagged(tr, ho, chosen.parameters(), chosen.rounds(), 1, Resample.NONE);
        });
        ideas.put("settings chosen by time-ordered cross-validation, bagging of 10 (seeds)", (tr, ho) -> {
            Setting chosen = crossValidated(tr);
            return bagged(tr, ho, chosen.parameters(), chosen.rounds(), 10, Resample.NONE);
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

    /** How each booster of a bag sees the inspections: all of them, a bootstrap sample, or one within lane and outcome. */
    private enum Resample { NONE, BOOTSTRAP, STRATIFIED }

    /** Booster settings beside the standard's: parameter overrides and the number of rounds. */
    private record Setting(Map<String, Object> parameters, int rounds) {
    }

    /**
     * The mean log-odds of {@code size} boosters, each the standard's (inverse propensity weights by lane) with these
     * parameter overrides and rounds, seeds 7, 8, ...; resampled as asked (a bootstrap sample is drawn as a count per
     * row, multiplying its weight). The mean of log-odds keeps SHAP contributions additive: averaged per feature, they
     * add up to the bag's log-odds.
     */
    private static double[] bagged(List<LabelledConsignment> training, List<LabelledConsignment> heldOut,
            Map<String, Object> overrides, int rounds, int size, Resample resample) throws XGBoostError {
        List<LabelledConsignment> rows = training.stream().filter(l -> l.record().inspected()).toList();
        Function<ConsignmentRecord, Double> lane = lanes(training);
        FeatureSpace space = FeatureSpace.learn(training.stream().map(LabelledConsignment::features).toList(),
                STANDARD.vocabularyMinCount(), STANDARD.vocabularyMax());
        double[] sum = new double[heldOut.size()];
        for (int b = 0; b < size; b++) {
            long seed = STANDARD.seed() + b;
            int[] counts = counts(rows, resample, new java.util.Random(1000 + b));
            float[] labels = new float[rows.size()];
            float[] weights = new float[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                labels[i] = rows.get(i).found() ? 1 : 0;
                weights[i] = (float) (lane.apply(rows.get(i).record()) * counts[i]);
            }
            Booster booster = train(space, rows, labels, weights, overrides, rounds, seed);
            double[] margins = margins(booster, space, heldOut, 0);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += margins[i] / size;
            }
        }
        return sum;
    }

    private static int[] counts(List<LabelledConsignment> rows, Resample resample, java.util.Random random) {
        int[] counts = new int[rows.size()];
        if (resample == Resample.NONE) {
            Arrays.fill(counts, 1);
            return counts;
        }
        Map<String, List<Integer>> strata = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String stratum = resample == Resample.BOOTSTRAP ? "all"
                    : rows.get(i).record().ruleLane() + "/" + rows.get(i).found();
            strata.computeIfAbsent(stratum, k -> new java.util.ArrayList<>()).add(i);
        }
        for (List<Integer> members : strata.values()) {
            for (int n = 0; n < members.size(); n++) {
                counts[members.get(random.nextInt(members.size()))]++;
            }
        }
        return counts;
    }

    /**
     * Settings chosen on the training part alone: it is cut by filing time into five blocks, and each candidate is
     * trained on the blocks before block 3, 4 and 5 in turn and judged by the weighted AUC (inverse propensity weights
     * by lane) of the inspections of that block; the candidate with the best mean wins. Candidates: depth 2, 3, 4 or
     * 6, minimum child weight 1 or 3, 100 to 600 rounds at learning rate 0.05 (each depth trained once to 600 rounds
     * and read at 100, 200, 300, 450 and 600).
     */
    private static Setting crossValidated(List<LabelledConsignment> training) throws XGBoostError {
        Setting known = CHOSEN.get(training);
        if (known != null) {
            return known;
        }
        Function<ConsignmentRecord, Double> lane = lanes(training);
        int[] roundsRead = {100, 200, 300, 450, 600};
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Setting> settings = new LinkedHashMap<>();
        int blocks = 5;
        for (int fold = 2; fold < blocks; fold++) {
            List<LabelledConsignment> before = training.subList(0, training.size() * fold / blocks);
            List<LabelledConsignment> block = training.subList(training.size() * fold / blocks,
                    training.size() * (fold + 1) / blocks).stream().filter(l -> l.record().inspected()).toList();
            List<LabelledConsignment> rows = before.stream().filter(l -> l.record().inspected()).toList();
            FeatureSpace space = FeatureSpace.learn(before.stream().map(LabelledConsignment::features).toList(),
                    STANDARD.vocabularyMinCount(), STANDARD.vocabularyMax());
            float[] labels = new float[rows.size()];
            float[] weights = new float[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                labels[i] = rows.get(i).found() ? 1 : 0;
                weights[i] = lane.apply(rows.get(i).record()).floatValue();
            }
            float[] blockLabels = new float[block.size()];
            float[] blockWeights = new float[block.size()];
            for (int i = 0; i < block.size(); i++) {
                blockLabels[i] = block.get(i).found() ? 1 : 0;
                blockWeights[i] = lane.apply(block.get(i).record()).floatValue();
            }
            for (int depth : new int[] {2, 3, 4, 6}) {
                for (double childWeight : new double[] {1, 3}) {
                    Map<String, Object> overrides = Map.of("max_depth", depth, "min_child_weight", childWeight);
                    Booster booster = train(space, rows, labels, weights.clone(), overrides, 600, STANDARD.seed());
                    for (int r : roundsRead) {
                        String key = "depth " + depth + ", min child weight " + childWeight + ", " + r + " rounds";
                        settings.put(key, new Setting(overrides, r));
                        double auc = Auc.weighted(margins(booster, space, block, r), blockLabels, blockWeights);
                        sums.computeIfAbsent(key, k -> new double[1])[0] += auc / (blocks - 2);
                    }
                }
            }
        }
        String best = sums.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingDouble(v -> v[0]))).orElseThrow().getKey();
        line("cross-validation chose %s (mean AUC of the three later blocks %.3f; the standard's %.3f)", best,
                sums.get(best)[0], sums.get("depth 4, min child weight 1.0, 300 rounds")[0]);
        CHOSEN.put(training, settings.get(best));
        return settings.get(best);
    }

    /** Scales the weights in place so that their mean is 1 (XGBoost's min_child_weight reads absolute sums). */
    private static void scaleToMeanOne(float[] weights) {
        double total = 0;
        for (float w : weights) {
            total += w;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (weights[i] * weights.length / total);
        }
    }

    /** The standard's booster with these overrides and rounds (weights scaled to a mean of 1). */
    private static Booster train(FeatureSpace space, List<LabelledConsignment> rows, float[] labels, float[] weights,
            Map<String, Object> overrides, int rounds, long seed) throws XGBoostError {
        scaleToMeanOne(weights);
        DMatrix matrix = matrix(space, rows, null);
        matrix.setLabel(labels);
        matrix.setWeight(weights);
        Map<String, Object> parameters = STANDARD.boosterParameters(space);
        parameters.putAll(overrides);
        parameters.put("seed", seed);
        Booster booster = XGBoost.train(matrix, parameters, rounds, new HashMap<>(), null, null);
        matrix.dispose();
        return booster;
    }

    /** Log-odds of these rows from the first {@code rounds} trees (0: all). */
    private static double[] margins(Booster booster, FeatureSpace space, List<LabelledConsignment> rows, int rounds)
            throws XGBoostError {
        DMatrix matrix = matrix(space, rows, null);
        float[][] predicted = booster.predict(matrix, true, rounds);
        matrix.dispose();
        double[] out = new double[predicted.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = predicted[i][0];
        }
        return out;
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
        scaleToMeanOne(weights);
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
