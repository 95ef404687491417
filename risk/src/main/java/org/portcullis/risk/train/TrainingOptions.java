package org.portcullis.risk.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.portcullis.risk.feature.FeatureSpace;

/**
 * The booster's settings. {@link #standard()} is what {@code train} uses: one booster on all inspections. With
 * {@code bagSize} above 1, that many boosters, each on its own bootstrap sample of the inspections drawn within lane
 * and outcome, whose log-odds are averaged (a little steadier, several times dearer to score with reasons;
 * docs/risk-model.md, "Bagged boosting"). {@link #additive()} allows no
 * interactions (trees of one split: a sum of one-feature effects, like a logistic regression on binned features)
 * and serves as the baseline the interaction model must beat. {@code monotone}: hold the columns that
 * {@link org.portcullis.risk.feature.NumericFeature} marks to their direction. Each tree sees half of the
 * inspections and half of the columns (subsample, column sample): with a few hundred findings to learn from, that
 * keeps single findings from shaping the model (measured in docs/risk-model.md).
 */
public record TrainingOptions(int maxDepth, double eta, int rounds, double minChildWeight, double subsample,
        double columnSample, long seed, int threads, int vocabularyMinCount, int vocabularyMax, boolean monotone,
        int bagSize) {

    public TrainingOptions {
        if (bagSize < 1) {
            throw new IllegalArgumentException("a bag has at least one booster: " + bagSize);
        }
    }

    /** One booster on all inspections (no bag). */
    public TrainingOptions(int maxDepth, double eta, int rounds, double minChildWeight, double subsample,
            double columnSample, long seed, int threads, int vocabularyMinCount, int vocabularyMax, boolean monotone) {
        this(maxDepth, eta, rounds, minChildWeight, subsample, columnSample, seed, threads, vocabularyMinCount,
                vocabularyMax, monotone, 1);
    }

    public static TrainingOptions standard() {
        return new TrainingOptions(4, 0.05, 300, 1, 0.5, 0.5, 7, 1, 30, 40, true, 1);
    }

    public static TrainingOptions additive() {
        return new TrainingOptions(1, 0.1, 300, 1, 0.8, 0.8, 7, 1, 30, 40, false);
    }

    /** The same settings with a bag of this many boosters (1: a single booster on all inspections). */
    public TrainingOptions withBagSize(int size) {
        return new TrainingOptions(maxDepth, eta, rounds, minChildWeight, subsample, columnSample, seed, threads,
                vocabularyMinCount, vocabularyMax, monotone, size);
    }

    /** The parameters as XGBoost reads them, for a model reading {@code space}. */
    public Map<String, Object> boosterParameters(FeatureSpace space) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", "binary:logistic");
        p.put("eval_metric", "auc");
        p.put("tree_method", "hist");
        p.put("max_depth", maxDepth);
        p.put("eta", eta);
        p.put("min_child_weight", minChildWeight);
        p.put("subsample", subsample);
        p.put("colsample_bytree", columnSample);
        p.put("seed", seed);
        p.put("nthread", threads);
        if (monotone) {
            p.put("monotone_constraints", space.monotoneConstraints());
        }
        return p;
    }
}
