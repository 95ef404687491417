package org.portcullis.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One answer of {@code /actuator/prometheus}, read as samples: a name, its labels and its value. */
record PrometheusScrape(List<Sample> samples) {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    static PrometheusScrape of(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher sample = LINE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return new PrometheusScrape(List.copyOf(samples));
    }

    /** The sum of the samples of that name whose labels include the given ones (0 when there is none). */
    double value(String name, String... labelsAndValues) {
        return samples.stream().filter(s -> s.name().equals(name) && hasLabels(s, labelsAndValues))
                .mapToDouble(Sample::value).sum();
    }

    /** The values a label takes on the samples of that name. */
    List<String> labelValues(String name, String label) {
        return samples.stream().filter(s -> s.name().equals(name)).map(s -> s.labels().get(label)).toList();
    }

    private static boolean hasLabels(Sample sample, String... labelsAndValues) {
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            if (!labelsAndValues[i + 1].equals(sample.labels().get(labelsAndValues[i]))) {
                return false;
            }
        }
        return true;
    }
}
