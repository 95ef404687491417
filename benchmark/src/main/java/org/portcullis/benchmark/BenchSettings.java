package org.portcullis.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run does and where, from system properties (the Maven profile {@code bench} passes them;
 * see benchmark/pom.xml for the defaults and docs/performance.md for their meaning).
 */
record BenchSettings(List<String> scenarios, Duration duration, Warmup warmup, int consignments, String database,
        String broker, String appJvm, String appArgs, boolean bounds, boolean growth, int crashFilings, Ports ports, Path results, Path work,
        Path artemisHome, Path repository) {

    /** The ports the benchmark's own processes listen on, all on 127.0.0.1. */
    record Ports(int http, int core, int amqp, int stomp, int postgres, int broker, int brokerConsole) {
    }

    static BenchSettings fromSystemProperties() {
        Path repository = Path.of("").toAbsolutePath();
        return new BenchSettings(
                Arrays.stream(text("bench.scenario", "bench").split(",")).map(String::strip).toList(),
                Duration.ofSeconds(number("bench.duration", 60)),
                new Warmup(Duration.ofSeconds(number("bench.warmup", 60)),
                        Duration.ofSeconds(number("bench.warmup.max", 600))),
                number("bench.consignments", 50),
                text("bench.database", "postgres"),
                text("bench.broker", "embedded"),
                text("bench.app.jvm", ""),
                text("bench.app.args", ""),
                !"false".equals(text("bench.bounds", "true")),
                Boolean.parseBoolean(text("bench.growth", "true")),
                number("bench.crash.filings", 3000),
                new Ports(number("bench.port.http", 8585), number("bench.port.core", 61666),
                        number("bench.port.amqp", 5722), number("bench.port.stomp", 61663),
                        number("bench.port.postgres", 55435), number("bench.port.broker", 61676),
                        number("bench.port.broker.console", 8165)),
                Path.of(text("bench.results", "benchmark/target/bench-results")).toAbsolutePath(),
                Path.of(text("bench.work", "benchmark/target/work")).toAbsolutePath(),
                Path.of(text("bench.artemis.home", "benchmark/target/artemis/apache-artemis-2.40.0")).toAbsolutePath(),
                repository);
    }

    /** Whether the application uses a broker of its own process (as production does) rather than its embedded one. */
    boolean externalBroker() {
        return "external".equals(broker);
    }

    /**
     * The revision whose application the rolling-upgrade check runs as the previous release (a commit, tag or branch
     * of this repository; the default is in benchmark/pom.xml, bench.upgrade.from).
     */
    String upgradeFrom() {
        return text("bench.upgrade.from", "0afeb3c3cee69414c5720378fbc82ebc9b51d236");
    }

    /**
     * How many end-to-end windows the benchmark of record interleaves with Camunda bounds in one run (bound, end to
     * end, bound, ..., bound; bench.pairs). 1, the default: one bound before the end to end and one after it.
     */
    int pairs() {
        return Math.max(1, number("bench.pairs", 1));
    }

    /**
     * SQL statements (separated by {@code ;}) run on PostgreSQL after the process engine created its schema, in the
     * application's database and in each bound's, before any window: an experiment with the engine's tables
     * (bench.engine.sql, e.g. {@code alter table act_ru_job set (fillfactor = 50)}). Empty by default.
     */
    List<String> engineSql() {
        return Arrays.stream(text("bench.engine.sql", "").split(";")).map(String::strip)
                .filter(sql -> !sql.isEmpty()).toList();
    }

    /**
     * Whether each interleaved bound starts on a copy of the engine's tables in the application's database as it
     * stands (the instances waiting for arrival, their variables and history; bench.bound.engine-tables=application)
     * rather than on empty ones (empty, the default). PostgreSQL only.
     */
    boolean boundOnApplicationEngineTables() {
        String tables = text("bench.bound.engine-tables", "empty");
        if (!List.of("empty", "application").contains(tables)) {
            throw new IllegalArgumentException("bench.bound.engine-tables is empty or application, not " + tables);
        }
        return "application".equals(tables);
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    Path applicationJar() {
        return repository.resolve("webapp/target/portcullis.jar");
    }

    /** The broker plugin with what it needs, for an external broker's lib directory. */
    Path brokerPluginJar() {
        return repository.resolve("broker-plugin/target/portcullis-broker-plugin-0.1.0-SNAPSHOT-broker.jar");
    }

    Path brokerXml() {
        return repository.resolve("casework/src/main/resources/broker.xml");
    }

    Path applicationYml() {
        return repository.resolve("webapp/src/main/resources/application.yml");
    }

    Path ruleSet() {
        return repository.resolve("rules/ruleset");
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int number(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }
}
