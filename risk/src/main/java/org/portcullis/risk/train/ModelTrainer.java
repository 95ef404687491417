package org.portcullis.risk.train;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.portcullis.risk.feature.FeatureSpace;
import org.portcullis.risk.history.History;
import org.portcullis.risk.scoring.ModelArtifact;
import org.portcullis.risk.scoring.ModelMetadata;
import org.portcullis.risk.scoring.RiskModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a model on the inspected consignments filed in a window: the label is whether the inspection found
 * something, each weighted by the inverse of its lane's inspection propensity ({@link Propensities}) so that the
 * model learns the risk of all consignments, not of those the rules picked.
 */
public class ModelTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(ModelTrainer.class);
    public static final String LIBRARY = "xgboost4j 3.4.0";

    private final Clock clock;

    public ModelTrainer(Clock clock) {
        this.clock = clock;
    }

    public RiskModel train(History history, Instant from, Instant to, TrainingOptions options) {
        return train(FeatureTable.of(history, from, to), from, to, options);
    }

    public RiskModel train(List<LabelledConsignment> window, Instant from, Instant to, TrainingOptions options) {
        List<LabelledConsignment> inspected = window.stream().filter(l -> l.record().inspected()).toList();
        if (inspected.isEmpty() || inspected.stream().noneMatch(LabelledConsignment::found)) {
            throw new IllegalArgumentException("the window " + from + " to " + to + " has no inspection that found"
                    + " something: a model needs both outcomes to learn from");
        }
        Propensities propensities = Propensities.estimate(window.stream().map(LabelledConsignment::record).toList());
        FeatureSpace space = FeatureSpace.learn(window.stream().map(LabelledConsignment::features).toList(),
                options.vocabularyMinCount(), options.vocabularyMax());
        int width = space.size();
        float[] data = new float[inspected.size() * width];
        float[] labels = new float[inspected.size()];
        float[] weights = new float[inspected.size()];
        double totalWeight = 0;
        for (int i = 0; i < inspected.size(); i++) {
            LabelledConsignment l = inspected.get(i);
            System.arraycopy(space.encode(l.features()), 0, data, i * width, width);
            labels[i] = l.found() ? 1 : 0;
            weights[i] = (float) propensities.weight(l.record().ruleLane());
            totalWeight += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (weights[i] * inspected.size() / totalWeight);
        }
        LOG.info("training on {} inspected of {} consignments ({} found something), propensities {}",
                inspected.size(), window.size(), (int) sum(labels), propensities);
        try {
            Booster booster = options.bagSize() == 1
                    ? single(data, inspected.size(), width, labels, weights, options.boosterParameters(space), options)
                    : bag(inspected, data, width, labels, weights, options.boosterParameters(space), options);
            DMatrix matrix = new DMatrix(data, inspected.size(), width, Float.NaN);
            double[] predicted = toDouble(booster.predict(matrix));
            byte[] bytes = booster.toByteArray("ubj");
            String version = ModelArtifact.version(bytes, space);
            matrix.dispose();
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("weightedAucInSample", Auc.weighted(predicted, labels, weights));
            Map<String, Object> parameters = options.boosterParameters(space);
            parameters.put("bag_size", options.bagSize());
            ModelMetadata metadata = new ModelMetadata(version, space.definitions(), clock.instant(), from, to,
                    window.size(), inspected.size(), (int) sum(labels), LIBRARY, parameters, metrics,
                    space.columns());
            return new RiskModel(XGBoost.loadModel(bytes), space, metadata);
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException("XGBoost could not train: " + e.getMessage(), e);
        }
    }

    private static Booster single(float[] data, int rows, int width, float[] labels, float[] weights,
            Map<String, Object> parameters, TrainingOptions options) throws XGBoostError {
        DMatrix matrix = new DMatrix(data, rows, width, Float.NaN);
        try {
            matrix.setLabel(labels);
            matrix.setWeight(weights);
            return XGBoost.train(matrix, parameters, options.rounds(), new HashMap<>(), null, null);
        } finally {
            matrix.dispose();
        }
    }

    /**
     * Bagged boosting: {@code bagSize} boosters, the b-th with seed {@code seed + b} on a bootstrap sample of the
     * inspections drawn within each lane's findings and non-findings (as many of each as there are, so every booster
     * sees random selection's few GREEN findings in number; a row drawn twice weighs twice), all from the same base
     * score (the weighted share of findings), merged into one booster whose log-odds are the mean of theirs.
     */
    private static Booster bag(List<LabelledConsignment> inspected, float[] data, int width, float[] labels,
            float[] weights, Map<String, Object> parameters, TrainingOptions options) throws XGBoostError, IOException {
        double found = 0;
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            found += labels[i] * weights[i];
            total += weights[i];
        }
        parameters.put("base_score", found / total);
        List<String> strata = inspected.stream().map(l -> l.record().ruleLane() + "/" + l.found()).toList();
        List<Booster> members = new ArrayList<>();
        for (int b = 0; b < options.bagSize(); b++) {
            int[] drawn = StratifiedBootstrap.counts(strata, new Random(options.seed() + b));
            float[] sampled = new float[weights.length];
            for (int row = 0; row < weights.length; row++) {
                for (int k = 0; k < drawn[row]; k++) {
                    sampled[row] += weights[row]; // a row drawn twice weighs twice (summed as first measured)
                }
            }
            parameters.put("seed", options.seed() + b);
            members.add(single(data, labels.length, width, labels, sampled, parameters, options));
        }
        return BoosterBag.merge(members);
    }

    private static double sum(float[] values) {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    private static double[] toDouble(float[][] predictions) {
        double[] out = new double[predictions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = predictions[i][0];
        }
        return out;
    }
}
