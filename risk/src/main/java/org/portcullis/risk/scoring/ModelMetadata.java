package org.portcullis.risk.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.portcullis.risk.feature.FeatureColumn;

/**
 * What a trained model is: its version (content hash of the booster and its feature space), the feature
 * definitions and columns it reads, when it was trained and on which window of filings, how much it learned
 * from, the booster's parameters and the figures measured on it.
 */
public record ModelMetadata(String version, String featureDefinitions, Instant trainedAt, Instant windowFrom,
        Instant windowTo, int consignments, int inspected, int findings, String library,
        Map<String, Object> parameters, Map<String, Double> metrics, List<FeatureColumn> columns) {

    public ModelMetadata {
        parameters = Map.copyOf(parameters);
        metrics = Map.copyOf(metrics);
        columns = List.copyOf(columns);
    }

    public ModelMetadata withVersion(String newVersion) {
        return new ModelMetadata(newVersion, featureDefinitions, trainedAt, windowFrom, windowTo, consignments,
                inspected, findings, library, parameters, metrics, columns);
    }
}
