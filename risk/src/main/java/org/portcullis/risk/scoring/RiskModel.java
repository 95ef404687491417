package org.portcullis.risk.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.portcullis.model.risk.RiskReason;
import org.portcullis.model.risk.RiskScore;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.feature.FeatureColumn;
import org.portcullis.risk.feature.FeatureSpace;

/**
 * A trained model: scores a consignment's features with the probability that an inspection finds something, and
 * explains each score by the SHAP contributions of its features (XGBoost's {@code predictContrib}), added up per
 * feature group and said in plain words.
 */
public class RiskModel {

    /** How many reasons a score carries. */
    public static final int REASONS = 3;

    private final Booster booster;
    private final FeatureSpace space;
    private final ModelMetadata metadata;
    private final List<FeatureColumn> columns;

    /** Scores on the calling thread: a filing is a few rows, where more threads cost more than they bring. */
    public RiskModel(Booster booster, FeatureSpace space, ModelMetadata metadata) {
        this.booster = Objects.requireNonNull(booster, "booster");
        this.space = Objects.requireNonNull(space, "space");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.columns = space.columns();
        try {
            booster.setParam("nthread", 1);
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot set the booster of model " + metadata.version() + " to one thread",
                    e);
        }
    }

    public String version() {
        return metadata.version();
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    public FeatureSpace featureSpace() {
        return space;
    }

    Booster booster() {
        return booster;
    }

    /** The score with its strongest reasons (the features that raised it most). */
    public RiskScore score(ConsignmentFeatures features) {
        return score(List.of(features)).get(0);
    }

    /** The scores of several consignments (a filing's) with their reasons, in one call to the booster. */
    public synchronized List<RiskScore> score(List<ConsignmentFeatures> features) {
        if (features.isEmpty()) {
            return List.of();
        }
        try {
            DMatrix matrix = matrix(features);
            try {
                float[][] probabilities = booster.predict(matrix);
                float[][] contributions = booster.predictContrib(matrix, 0);
                List<RiskScore> scores = new ArrayList<>(features.size());
                for (int i = 0; i < features.size(); i++) {
                    scores.add(new RiskScore(features.get(i).consignment(), clamp(probabilities[i][0]), version(),
                            reasons(features.get(i), contributions[i])));
                }
                return scores;
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("model " + version() + " could not score " + features.size()
                    + " consignment(s)", e);
        }
    }

    private DMatrix matrix(List<ConsignmentFeatures> features) throws XGBoostError {
        int width = space.size();
        float[] data = new float[features.size() * width];
        for (int i = 0; i < features.size(); i++) {
            System.arraycopy(space.encode(features.get(i)), 0, data, i * width, width);
        }
        return new DMatrix(data, features.size(), width, Float.NaN);
    }

    /**
     * Every feature group's SHAP contribution to the score on the log-odds scale, and the model's bias: the bias and
     * the contributions add up to the log-odds of the score. Also every reason in words with its contribution
     * (groups said in the same words count as one reason), raising or lowering the score.
     */
    public synchronized Explanation explain(ConsignmentFeatures features) {
        float[] row = space.encode(features);
        try {
            DMatrix matrix = new DMatrix(row, 1, row.length, Float.NaN);
            try {
                float[] contributions = booster.predictContrib(matrix, 0)[0];
                return new Explanation(contributions[columns.size()], byGroup(contributions),
                        List.copyOf(byText(features, contributions).values()));
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("model " + version() + " could not explain " + features.consignment(), e);
        }
    }

    /**
     * The model's bias and each feature group's contribution (log-odds), which add up to the score's log-odds, and
     * each reason in words with the contributions of its groups added up.
     */
    public record Explanation(double bias, Map<String, Double> contributions, List<RiskReason> reasons) {

        public double logOdds() {
            return bias + contributions.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** The scores of many consignments at once, without reasons (for backtests). */
    public synchronized double[] scores(List<ConsignmentFeatures> features) {
        if (features.isEmpty()) {
            return new double[0];
        }
        try {
            DMatrix matrix = matrix(features);
            try {
                float[][] predictions = booster.predict(matrix);
                double[] scores = new double[predictions.length];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = clamp(predictions[i][0]);
                }
                return scores;
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("model " + version() + " could not score a batch", e);
        }
    }

    private List<RiskReason> reasons(ConsignmentFeatures features, float[] contributions) {
        List<RiskReason> raising = new ArrayList<>(byText(features, contributions).values().stream()
                .filter(r -> r.contribution() > 0).toList());
        raising.sort(Comparator.comparingDouble(RiskReason::contribution).reversed());
        return List.copyOf(raising.subList(0, Math.min(REASONS, raising.size())));
    }

    private Map<String, Double> byGroup(float[] contributions) {
        Map<String, Double> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byGroup.merge(columns.get(i).group(), (double) contributions[i], Double::sum);
        }
        return byGroup;
    }

    /** One reason per wording: groups said in the same words (a trader's first time and count) add up. */
    private Map<String, RiskReason> byText(ConsignmentFeatures features, float[] contributions) {
        Map<String, RiskReason> byText = new LinkedHashMap<>();
        byGroup(contributions).forEach((group, contribution) -> {
            String text = Reasons.of(group, features);
            byText.merge(text, new RiskReason(group, contribution, text),
                    (a, b) -> new RiskReason(a.feature(), a.contribution() + b.contribution(), text));
        });
        return byText;
    }

    private static double clamp(float p) {
        return Math.min(1, Math.max(0, p));
    }
}
