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
