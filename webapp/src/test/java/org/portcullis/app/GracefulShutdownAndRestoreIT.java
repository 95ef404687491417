package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.util.TestSocketUtils;

/**
 * The jar the build made, run on its defaults (demo profile, file H2, embedded broker) with JSON logs, read by the test
 * through its Prometheus scrape while it runs and through its database file once it stopped: a carrier puts
 * a burst of filings on the queue, the node is stopped with SIGTERM while it takes them in, and stops gracefully
 * (messages and jobs in hand finished, nothing half done). Its data directory is backed up with docs/deploy/backup.sh,
 * restored into a new directory, and a node started there answers the rest: every filing exactly one case and one
 * ACCEPTED notice, and every case, notice and log leaf of before the backup still there.
 */
class GracefulShutdownAndRestoreIT {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdownAndRestoreIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BACKUP_SCRIPT = Path.of("..", "docs", "deploy", "backup.sh");
    private static final int FILINGS = 400;

    private final int corePort = TestSocketUtils.findAvailableTcpPort();
    private final String prefix = MessageSequence.uniqueLrn("graceful");
    private PackagedApplication application;

    @Test
    void filingsInFlightAtSigtermAreAnsweredOnceAndABackupRestoredLosesNothing() throws Exception {
        Path first = Files.createTempDirectory(Path.of("target"), "graceful-");
        Path firstLog = start(first, "first");
        try (CarrierClient carrier = new CarrierClient("tcp://127.0.0.1:" + corePort, "MSC", "msc")) {
            for (int i = 0; i < FILINGS; i++) {
                carrier.send(TestDates.arrivingAt(CarrierClient.sample("filing-green.json", prefix + "-" + i),
                                TestDates.ETA).replace("9839284", PortcullisIntegrationTest.uniqueImo()),
                        prefix + "-m" + i);
            }
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> answered() >= FILINGS / 10);

        int exit = application.terminate(Duration.ofSeconds(150));

        assertThat(exit).as("exit status after SIGTERM; log %s", firstLog).isEqualTo(143);
        List<JsonNode> lines = jsonLines(firstLog);
        assertThat(messages(lines)).anyMatch(m -> m.startsWith("Started PortcullisApplication"))
                .anyMatch(m -> m.contains("Commencing graceful shutdown"))
                .anyMatch(m -> m.contains("Graceful shutdown complete"))
                .anyMatch(m -> m.startsWith("Job executor stopped"));
        assertThat(errorsAfterShutdownBegan(lines)).as("errors while shutting down").isEmpty();
        int recorded = count(first, "select count(*) from inbound_message where message_id like '" + prefix + "-%'");
        assertThat(count(first, "select count(*) from inbound_message i where message_id like '" + prefix + "-%' and "
                + "(select count(*) from notice n where n.correlation_id = i.message_id "
                + "and n.notice_type in ('ACCEPTED', 'REJECTED')) <> 1")).isZero();
        Figures before = figures(first);
        log.info("{} of {} filings were taken in when the node stopped: {}", recorded, FILINGS, before);

        Path archive = first.resolve("backup.tar.gz");
        Path restored = Files.createTempDirectory(Path.of("target"), "restored-");
        log.info(script("backup", first.resolve("data").toString(), archive.toString()));
        log.info(script("restore", archive.toString(), restored.resolve("data").toString()));
        start(restored, "restored");
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> answered() >= FILINGS - recorded);
        assertThat(application.terminate(Duration.ofSeconds(150))).isEqualTo(143);

        assertThat(count(restored, "select count(*) from clearance_case where lrn like '" + prefix + "-%'"))
                .isEqualTo(FILINGS);
        assertThat(count(restored, "select count(distinct lrn) from clearance_case where lrn like '" + prefix + "-%'"))
                .isEqualTo(FILINGS);
        assertThat(count(restored, "select count(*) from notice where notice_type = 'ACCEPTED' and correlation_id "
                + "like '" + prefix + "-%'")).isEqualTo(FILINGS);
        Figures after = figures(restored);
        assertThat(after.cases()).isGreaterThanOrEqualTo(before.cases());
        assertThat(after.notices()).isGreaterThanOrEqualTo(before.notices());
        assertThat(after.logEntries()).isGreaterThanOrEqualTo(before.logEntries());
        assertThat(count(restored, "select count(*) from clearance_case where mrn in (" + before.mrns() + ")"))
                .isEqualTo(before.cases());
        log.info("After the restore and the rest of the queue: {}", after);
    }

    /** Filings this node answered (accepted or rejected) for the carrier MSC, from its Prometheus scrape. */
    private double answered() throws Exception {
        String scrape = application.body("/actuator/prometheus", "admin", "admin");
        if (scrape == null) {
            return 0;
        }
        PrometheusScrape figures = PrometheusScrape.of(scrape);
        return figures.value("portcullis_filings_accepted_total", "carrier", "MSC")
                + figures.value("portcullis_filings_rejected_total", "carrier", "MSC");
    }

    /** What a restore must keep: cases (and their MRNs), notices, and the tamper-evident log's entries. */
    private record Figures(int cases, int notices, int logEntries, String mrns) {
        @Override
        public String toString() {
            return cases + " cases, " + notices + " notices, " + logEntries + " log entries";
        }
    }

    private Figures figures(Path directory) throws SQLException {
        List<String> mrns = new ArrayList<>();
        try (Connection connection = FileDatabase.connect(directory);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select mrn from clearance_case")) {
            while (rows.next()) {
                mrns.add("'" + rows.getString(1) + "'");
            }
        }
        return new Figures(mrns.size(), count(directory, "select count(*) from notice"),
                count(directory, "select (select count(*) from ledger_leaf) + (select count(*) from ledger_pending)"),
                mrns.isEmpty() ? "''" : String.join(",", mrns));
    }

    private static List<String> messages(List<JsonNode> lines) {
        return lines.stream().map(line -> line.path("message").asText()).toList();
    }

    private static List<String> errorsAfterShutdownBegan(List<JsonNode> lines) {
        List<String> errors = new ArrayList<>();
        boolean stopping = false;
        for (JsonNode line : lines) {
            stopping |= line.path("message").asText().contains("Commencing graceful shutdown");
            if (stopping && List.of("ERROR", "WARN").contains(level(line))) {
                errors.add(level(line) + " " + line.path("log").path("logger").asText() + ": "
                        + line.path("message").asText());
            }
        }
        return errors;
    }

    private static String level(JsonNode line) {
        return line.path("log").path("level").asText();
    }

    /** The log's JSON lines (ECS: @timestamp, log.level, message); the banners before logging starts are not. */
    private static List<JsonNode> jsonLines(Path logFile) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(logFile)) {
            if (line.startsWith("{")) {
                JsonNode json = JSON.readTree(line);
                assertThat(json.has("@timestamp") && !level(json).isEmpty() && json.has("message"))
                        .as("an ECS line: %s", line).isTrue();
                lines.add(json);
            }
        }
        return lines;
    }

    private static String script(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", BACKUP_SCRIPT.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor()).as("%s: %s", command, output).isZero();
        return output;
    }

    private Path start(Path directory, String run) throws IOException {
        application = new PackagedApplication(directory, TestSocketUtils.findAvailableTcpPort(), List.of(
                "--portcullis.rules.directory=" + Path.of("..", "rules", "ruleset").toAbsolutePath().normalize(),
                "--logging.structured.format.console=ecs",
                "--portcullis.broker.acceptors.core=tcp://127.0.0.1:" + corePort + "?protocols=CORE",
                "--portcullis.broker.acceptors.amqp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.stomp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.mqtt=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort()));
        return application.start("portcullis-" + run + ".log");
    }

    private static int count(Path directory, String sql) throws SQLException {
        return FileDatabase.count(directory, sql);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (application != null) {
            application.close();
        }
    }
}
