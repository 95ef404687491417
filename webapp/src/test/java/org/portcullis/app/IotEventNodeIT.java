package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.portcullis.app.SensorBrokerFixture.DEVICE;
import static org.portcullis.app.SensorBrokerFixture.DEVICE_PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.testing.brokers.SensorBrokerProcess;
import org.portcullis.testing.postgres.TestPostgres;
import org.springframework.test.util.TestSocketUtils;

/**
 * A node for filings and a node for events on one database (docs/iot.md, "A node for events"): the jar the build made,
 * run twice with a sensor broker of its own (config/sensor-broker). The filing node takes filings and runs the process
 * jobs, its event consumer and re-assessment worker off ({@code portcullis.iot.listener-auto-startup=false},
 * {@code portcullis.reassessment.worker-enabled=false}); the event node takes no filing
 * ({@code portcullis.messaging.listener-auto-startup=false}) and runs no job ({@code
 * camunda.bpm.job-execution.enabled=false}), its consumer reads the sensor broker. The demo's green filing is cleared
 * by the filing node; events published with Eclipse Paho are stored by the event node; a seal opened at sea on that
 * filing's container reopens the cleared case: the event node re-assesses it and correlates the raised risk, the
 * filing node runs the job that follows (a clerk's referral, the carrier's ASSESSMENT_REOPENED). Each node has its own
 * embedded broker here, so the notices are read in the database (in production both share one broker).
 */
class IotEventNodeIT {

    private static final String SEAL_SECRET = Base64.getEncoder().encodeToString(
            "iot-event-node-it-seal-secret-32".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    /** The demo's green sample filing and a container it names (docs/samples/iot/seal-status.json). */
    private static final String GREEN_LRN = "MSC-NLRTM-2026-0001";
    private static final String GREEN_CONTAINER = "MSCU1234566";
    private static final int EVENTS = 50;

    private Path workingDirectory;
    private TestPostgres.Database database;
    private SensorBrokerProcess sensorBroker;
    private PackagedApplication filingNode;
    private PackagedApplication eventNode;
    private final int filingPort = TestSocketUtils.findAvailableTcpPort();
    private final int eventPort = TestSocketUtils.findAvailableTcpPort();

    @BeforeAll
    static void postgresWhenSelected() {
        if (TestPostgres.selected()) {
            TestPostgres.missing().ifPresent(Assumptions::abort);
        }
    }

    @BeforeEach
    void startBrokerAndNodes() throws Exception {
        workingDirectory = Files.createTempDirectory(Path.of("target"), "iot-event-node-");
        database = TestPostgres.selected() ? TestPostgres.newDatabase("iot_event_node")
                : new TestPostgres.Database(FileDatabase.url(workingDirectory), "sa", "");
        sensorBroker = SensorBrokerFixture.startSensorBroker(workingDirectory.resolve("sensor-broker"), SEAL_SECRET);
        // the filing node first: it makes the schema and files the demo's samples
        filingNode = node("filing-node", filingPort, List.of("--portcullis.iot.listener-auto-startup=false",
                "--portcullis.reassessment.worker-enabled=false"));
        eventNode = node("event-node", eventPort, List.of("--portcullis.messaging.listener-auto-startup=false",
                "--camunda.bpm.job-execution.enabled=false", "--portcullis.demo.send-sample-filings=false"));
    }

    @Test
    void theFilingNodeClearsTheCaseTheEventNodeStoresTheEventsAndASealOpenedAtSeaReopensTheCase() throws Exception {
        String mrn = clearedGreenCase();

        String container = IotMqttIT.uniqueContainer();
        try (SensorClient sensor = new SensorClient(sensorBroker.mqttPort(), DEVICE, DEVICE_PASSWORD)) {
            for (int i = 0; i < EVENTS; i++) {
                sensor.publish("portcullis/iot/ACME/reefer-17", """
                        {"eventId": "reading-%d-%s", "eventType": "REEFER_TEMPERATURE", "observedAt": "%s",
                         "container": "%s", "temperatureCelsius": 4.1, "setPointCelsius": 4.0}"""
                        .formatted(i, container, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(60L * i),
                                container));
            }
        }
        // stored by the event node: the filing node's consumer is stopped
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from iot_event where container = '" + container + "'") == EVENTS);

        String seal = "seal-" + UUID.randomUUID();
        try (SensorClient sensor = new SensorClient(sensorBroker.mqttPort(), DEVICE, DEVICE_PASSWORD)) {
            sensor.publish("portcullis/iot/ACME/eseal-7", """
                    {"eventId": "%s", "eventType": "SEAL_STATUS", "observedAt": "%s", "container": "%s",
                     "sealNumber": "CN4471203", "sealStatus": "OPENED"}"""
                    .formatted(seal, Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1)),
                            GREEN_CONTAINER));
        }
        // the event node's worker (the filing node has none) re-assesses the case and correlates the risk; the job
        // that follows runs on the filing node's job executor, the only one, at its next acquisition
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("select count(*) from notice where mrn = '" + mrn
                        + "' and notice_type = 'ASSESSMENT_REOPENED'") == 1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "REFERRED".equals(text("select status from clearance_case where mrn = '" + mrn + "'")));
        assertThat(count("select count(*) from case_reassessment where mrn = '" + mrn + "' and result = 'REOPENED'"))
                .isEqualTo(1);
        String caseFile = OfficerSession.signIn(filingPort, "clerk", "clerk").get("/cases/" + mrn).body();
        assertThat(caseFile).contains("data-event=\"" + seal + "\"", "IOT-001", "data-result=\"REOPENED\"");
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (AutoCloseable closeable : new AutoCloseable[] {eventNode, filingNode, sensorBroker}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The demo's green case, once the filing node has cleared it (ASSESSED). */
    private String clearedGreenCase() throws SQLException {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> count(
                "select count(*) from clearance_case where lrn = '" + GREEN_LRN + "' and status = 'ASSESSED'") == 1);
        return text("select mrn from clearance_case where lrn = '" + GREEN_LRN + "'");
    }

    private PackagedApplication node(String name, int httpPort, List<String> role) throws Exception {
        Path directory = Files.createDirectories(workingDirectory.resolve(name));
        List<String> arguments = new ArrayList<>(SensorBrokerFixture.nodeArguments(database, sensorBroker,
                SEAL_SECRET));
        arguments.addAll(role);
        PackagedApplication node = new PackagedApplication(directory, httpPort, arguments);
        node.start("portcullis.log");
        return node;
    }

    private int count(String sql) throws SQLException {
        return SensorBrokerFixture.count(database, sql);
    }

    private String text(String sql) throws SQLException {
        return SensorBrokerFixture.text(database, sql);
    }
}
