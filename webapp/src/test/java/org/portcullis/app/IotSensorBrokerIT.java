package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.portcullis.app.SensorBrokerFixture.DEVICE;
import static org.portcullis.app.SensorBrokerFixture.DEVICE_PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.testing.brokers.SensorBrokerProcess;
import org.portcullis.testing.postgres.TestPostgres;
import org.springframework.test.util.TestSocketUtils;

/**
 * Sensors on a broker of their own (docs/iot.md): a real Artemis made from its distribution with the repository's
 * config/sensor-broker files and the broker-plugin jar, and the jar the build made on its defaults (demo profile, file
 * H2, or PostgreSQL in the build's postgresql run; embedded broker without an MQTT acceptor) reading the events from it ({@code portcullis.iot.broker.url}). Eclipse
 * Paho publishes to the sensor broker: the event is stored and shown on the demo case naming its container; QoS 1
 * events acknowledged while the application is down survive a SIGKILL of the sensor broker and are all stored once
 * both run again; the sensor broker refuses what the application's broker refuses (another operator's topic, a topic
 * outside the sensors', a wrong password) and nothing of it is stored.
 */
class IotSensorBrokerIT {

    private static final String SEAL_SECRET = Base64.getEncoder().encodeToString(
            "iot-sensor-broker-it-seal-secret!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    /** The container of the demo's green sample filing (docs/samples/iot/reefer-temperature.json). */
    private static final String DEMO_CONTAINER = "CSQU3054383";
    private static final int EVENTS_WHILE_DOWN = 200;

    private Path workingDirectory;
    private TestPostgres.Database database;
    private SensorBrokerProcess sensorBroker;
    private PackagedApplication application;
    private final int httpPort = TestSocketUtils.findAvailableTcpPort();

    @BeforeAll
    static void postgresWhenSelected() {
        if (TestPostgres.selected()) {
            TestPostgres.missing().ifPresent(Assumptions::abort);
        }
    }

    @BeforeEach
    void startBoth() throws Exception {
        workingDirectory = Files.createTempDirectory(Path.of("target"), "iot-sensor-broker-");
        database = TestPostgres.selected() ? TestPostgres.newDatabase("iot_sensor_broker")
                : new TestPostgres.Database(FileDatabase.url(workingDirectory), "sa", "");
        sensorBroker = SensorBrokerFixture.startSensorBroker(workingDirectory.resolve("sensor-broker"), SEAL_SECRET);
        startApplication("first");
    }

    @Test
    void eventsPublishedToTheSensorBrokerAreStoredOnTheCaseAndNoneIsLostWhenTheApplicationAndTheBrokerRestart()
            throws Exception {
        String eventId = "sensor-broker-" + UUID.randomUUID();
        try (SensorClient sensor = new SensorClient(sensorBroker.mqttPort(), DEVICE, DEVICE_PASSWORD)) {
            sensor.publish("portcullis/iot/ACME/reefer-17", reading(eventId, DEMO_CONTAINER, Instant.parse(
                    "2026-12-01T10:15:00Z")));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from iot_event where event_id = '" + eventId + "'") == 1);
        assertThat(count("select count(*) from iot_event where event_id = '" + eventId + "' and operator = 'ACME'"
                + " and container = '" + DEMO_CONTAINER + "'")).as("stored with the operator of the sealed account")
                .isEqualTo(1);
        String mrn = demoCaseNaming();
        String caseFile = OfficerSession.signIn(httpPort, "clerk", "clerk").get("/cases/" + mrn).body();
        assertThat(caseFile).contains("data-event=\"" + eventId + "\"", DEMO_CONTAINER);

        application.kill();
        String container = IotMqttIT.uniqueContainer();
        try (SensorClient sensor = new SensorClient(sensorBroker.mqttPort(), DEVICE, DEVICE_PASSWORD, "-burst")) {
            for (int i = 0; i < EVENTS_WHILE_DOWN; i++) {
                sensor.publish("portcullis/iot/ACME/reefer-17", reading("down-" + i + "-" + container, container,
                        Instant.parse("2026-12-01T00:00:00Z").plusSeconds(60L * i)));
            }
        }
        assertThat(count("select count(*) from iot_event where container = '" + container + "'"))
                .as("acknowledged by the sensor broker while the application was down, none stored yet").isZero();
        sensorBroker.kill();
        sensorBroker.start();
        startApplication("second");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                count("select count(*) from iot_event where container = '" + container + "'") >= EVENTS_WHILE_DOWN);
        assertThat(count("select count(distinct event_id) from iot_event where container = '" + container + "'"))
                .isEqualTo(EVENTS_WHILE_DOWN);
        assertThat(count("select count(*) from iot_event where container = '" + container + "'"))
                .isEqualTo(EVENTS_WHILE_DOWN);
    }

    @Test
    void theSensorBrokerRefusesAnotherOperatorsTopicATopicOutsideTheSensorsAndAWrongPassword() throws Exception {
        String container = IotMqttIT.uniqueContainer();
        for (String topic : List.of("portcullis/iot/OTHER/reefer-17", "portcullis/filings")) {
            try (SensorClient sensor = new SensorClient(sensorBroker.mqttPort(), DEVICE, DEVICE_PASSWORD)) {
                // MQTT 3.1.1 has no way to say why: the broker closes the connection instead of acknowledging
                assertThatThrownBy(() -> sensor.publish(topic, reading("refused-" + UUID.randomUUID(), container,
                        Instant.parse("2026-12-01T00:00:00Z")))).as(topic).isInstanceOf(MqttException.class);
                assertThat(sensor.isConnected()).as(topic).isFalse();
            }
        }
        assertThatThrownBy(() -> new SensorClient(sensorBroker.mqttPort(), DEVICE, "wrong").close())
                .isInstanceOf(MqttException.class);

        String allowed = "allowed-" + UUID.randomUUID();
        try (SensorClient sensor = new SensorClient(sensorBroker.mqttPort(), DEVICE, DEVICE_PASSWORD)) {
            sensor.publish("portcullis/iot/ACME/reefer-17", reading(allowed, container,
                    Instant.parse("2026-12-01T00:01:00Z")));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from iot_event where event_id = '" + allowed + "'") == 1);
        assertThat(count("select count(*) from iot_event where container = '" + container + "'"))
                .as("only the allowed event stored").isEqualTo(1);

        // an event the application refuses waits on the sensor broker's dead-letter queue, where supervisors read it
        String malformed = "bad-mmsi-" + UUID.randomUUID();
        try (SensorClient sensor = new SensorClient(sensorBroker.mqttPort(), DEVICE, DEVICE_PASSWORD)) {
            sensor.publish("portcullis/iot/ACME/ais-1", """
                    {"eventId": "%s", "eventType": "VESSEL_POSITION", "observedAt": "2026-12-03T12:00:00Z",
                     "vessel": {"mmsi": "35712300"}, "position": {"latitude": 50.62, "longitude": 0.85}}"""
                    .formatted(malformed));
        }
        OfficerSession supervisor = OfficerSession.signIn(httpPort, "supervisor", "supervisor");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> supervisor.get("/dead-letters/sensor-events").body().contains(malformed));
        assertThat(supervisor.get("/dead-letters/sensor-events").body()).contains("MMSI_INVALID", DEVICE);
    }

    @AfterEach
    void stopBoth() throws InterruptedException {
        if (application != null) {
            application.close();
        }
        if (sensorBroker != null) {
            sensorBroker.close();
        }
    }

    private void startApplication(String run) throws Exception {
        List<String> arguments = SensorBrokerFixture.nodeArguments(database, sensorBroker, SEAL_SECRET);
        if (application != null) {
            application.close();
        }
        application = new PackagedApplication(workingDirectory, httpPort, arguments);
        application.start("portcullis-" + run + ".log");
    }

    /** The MRN of the demo's case whose filing names the container (the demo files its samples at start). */
    private String demoCaseNaming() throws SQLException {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> count(
                "select count(*) from clearance_case where lrn = 'MSC-NLRTM-2026-0001' and mrn is not null") == 1);
        return text("select mrn from clearance_case where lrn = 'MSC-NLRTM-2026-0001'");
    }

    private static String reading(String eventId, String container, Instant observed) {
        return """
                {"eventId": "%s", "eventType": "REEFER_TEMPERATURE", "observedAt": "%s",
                 "container": "%s", "temperatureCelsius": 13.4, "setPointCelsius": 13.3}"""
                .formatted(eventId, observed, container);
    }

    private int count(String sql) throws SQLException {
        return SensorBrokerFixture.count(database, sql);
    }

    private String text(String sql) throws SQLException {
        return SensorBrokerFixture.text(database, sql);
    }
}
