package org.portcullis.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The application's own settings (webapp's application.yml, flattened to Spring's dotted names) with the
 * benchmark's command-line overrides on top, so that the raw bounds run with the settings the application runs with
 * (history level, job executor, batching).
 */
final class ApplicationSettings {

    private final Map<String, String> values = new HashMap<>();

    ApplicationSettings(Path applicationYml, String overrides) throws IOException {
        try (Reader reader = Files.newBufferedReader(applicationYml)) {
            Object document = new Yaml().load(reader);
            flatten("", document);
        }
        if (overrides != null) {
            for (String arg : overrides.strip().split("\\s+")) {
                if (arg.startsWith("--") && arg.contains("=")) {
                    values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                }
            }
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int getInt(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    /** The settings that bound throughput, as the application ran with them. */
    void describeInto(Report report) {
        for (String name : new String[] {"camunda.bpm.history-level", "portcullis.process-history",
                "camunda.bpm.job-execution.core-pool-size",
                "camunda.bpm.job-execution.max-pool-size", "camunda.bpm.job-execution.queue-capacity",
                "camunda.bpm.job-execution.max-jobs-per-acquisition", "camunda.bpm.database.jdbc-batch-processing",
                "portcullis.messaging.listener-concurrency", "spring.datasource.hikari.maximum-pool-size",
                "spring.jms.cache.session-cache-size",
                "camunda.bpm.generic-properties.properties.job-executor-acquire-exclusive-over-process-hierarchies"}) {
            report.fact(name, get(name, "(default)"));
        }
    }

    private void flatten(String prefix, Object node) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value));
        } else if (node != null) {
            values.put(prefix, node.toString());
        }
    }
}
