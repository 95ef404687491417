package org.portcullis.risk.feature;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The model's columns: the {@link NumericFeature}s, then one column per origin country, HS chapter and country of
 * the last port that was common enough in the training data (each with an "other" column). Saved with the model,
 * so a model always reads features the way it was trained. {@link #DEFINITIONS} names the feature definitions;
 * a change to what a feature means gets a new name.
 */
public record FeatureSpace(String definitions, List<String> origins, List<Integer> chapters,
        List<String> lastPortCountries) {

    public static final String DEFINITIONS = "consignment-features-4";
    public static final String OTHER = "other";

    public FeatureSpace {
        Objects.requireNonNull(definitions, "definitions");
        origins = List.copyOf(origins);
        chapters = List.copyOf(chapters);
        lastPortCountries = List.copyOf(lastPortCountries);
    }

    /** The vocabulary of the training data: values seen at least {@code minCount} times, at most {@code max}. */
    public static FeatureSpace learn(Collection<ConsignmentFeatures> training, int minCount, int max) {
        return new FeatureSpace(DEFINITIONS,
                common(training.stream().map(ConsignmentFeatures::origin), minCount, max, Comparator.naturalOrder()),
                common(training.stream().<Integer>flatMap(f -> f.chapters().stream()), minCount, max,
                        Comparator.<Integer>naturalOrder()),
                common(training.stream().map(ConsignmentFeatures::lastPortCountry), minCount, max,
                        Comparator.naturalOrder()));
    }

    public List<FeatureColumn> columns() {
        List<FeatureColumn> columns = new ArrayList<>();
        for (NumericFeature f : NumericFeature.values()) {
            columns.add(new FeatureColumn(f.column(), f.column(), f.description()));
        }
        origins.forEach(o -> columns.add(new FeatureColumn("origin_" + o, "origin", "loaded in " + o)));
        columns.add(new FeatureColumn("origin_other", "origin", "loaded in another country"));
        chapters.forEach(c -> columns.add(new FeatureColumn("hs_chapter_" + c, "hs_chapter", "HS chapter " + c)));
        columns.add(new FeatureColumn("hs_chapter_other", "hs_chapter", "another HS chapter"));
        lastPortCountries.forEach(c -> columns.add(
                new FeatureColumn("last_port_" + c, "last_port_country", "last port before this call in " + c)));
        columns.add(new FeatureColumn("last_port_other", "last_port_country", "last port in another country"));
        return columns;
    }

    /**
     * XGBoost's monotone constraints for these columns, e.g. "(0,1,-1,...)": each numeric column's
     * {@link NumericFeature#direction()}, the one-hot columns free.
     */
    public String monotoneConstraints() {
        StringBuilder text = new StringBuilder("(");
        for (NumericFeature f : NumericFeature.values()) {
            text.append(f.direction()).append(',');
        }
        text.append("0,".repeat(size() - NumericFeature.values().length));
        text.setCharAt(text.length() - 1, ')');
        return text.toString();
    }

    public int size() {
        return NumericFeature.values().length + origins.size() + chapters.size() + lastPortCountries.size() + 3;
    }

    /** The row of the model's matrix for one consignment (NaN for what is unknown). */
    public float[] encode(ConsignmentFeatures features) {
        float[] row = new float[size()];
        int at = 0;
        for (NumericFeature f : NumericFeature.values()) {
            row[at++] = (float) f.valueOf(features);
        }
        at = oneHot(row, at, origins, features.origin() == null ? List.of() : List.of(features.origin()));
        at = oneHot(row, at, chapters, features.chapters());
        oneHot(row, at, lastPortCountries,
                features.lastPortCountry() == null ? List.of() : List.of(features.lastPortCountry()));
        return row;
    }

    private static <T> int oneHot(float[] row, int start, List<T> vocabulary, Collection<T> present) {
        for (T value : present) {
            int index = vocabulary.indexOf(value);
            row[start + (index < 0 ? vocabulary.size() : index)] = 1;
        }
        return start + vocabulary.size() + 1;
    }

    private static <T> List<T> common(Stream<T> values, int minCount, int max, Comparator<T> order) {
        Map<T, Long> counts = new HashMap<>();
        values.filter(Objects::nonNull).forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<T, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(order)))
                .limit(max)
                .map(Map.Entry::getKey)
                .sorted(order)
                .toList();
    }
}
