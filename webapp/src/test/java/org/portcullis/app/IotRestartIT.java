package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.util.TestSocketUtils;

/**
 * QoS 1 events survive a crash of the application: the jar the build made runs on its defaults (demo profile, file
 * H2, embedded broker); four sensor clients publish a burst of events with QoS 1 (each acknowledged by the broker), the
 * application is killed (SIGKILL) while its listener is still taking them in (the first run's listener takes one
 * event per transaction, so that the kill finds events acknowledged but not stored; the test fails otherwise), and
 * started again on its defaults on the same data: every event is stored, none twice.
 */
class IotRestartIT {

    private static final Logger log = LoggerFactory.getLogger(IotRestartIT.class);
    private static final int EVENTS = 1000;
    private static final int PUBLISHERS = 4;
    /** The first run stores one event per transaction on one consumer: events are still in flight at the kill. */
    private static final List<String> SLOW_LISTENER = List.of("--portcullis.iot.batch-size=1",
            "--portcullis.iot.listener-concurrency=1");

    private final int mqttPort = TestSocketUtils.findAvailableTcpPort();
    private final List<String> ports = List.of(
            "--portcullis.broker.acceptors.core=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
            "--portcullis.broker.acceptors.amqp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
            "--portcullis.broker.acceptors.stomp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
            "--portcullis.broker.acceptors.mqtt=tcp://127.0.0.1:" + mqttPort + "?protocols=MQTT");
    private Path workingDirectory;
    private PackagedApplication application;

    @Test
    void qos1EventsInFlightWhenTheApplicationIsKilledAreAllStoredAfterItRestarts() throws Exception {
        workingDirectory = Files.createTempDirectory(Path.of("target"), "iot-restart-");
        start("first", SLOW_LISTENER);
        String container = IotMqttIT.uniqueContainer();
        Instant observed = Instant.parse("2026-12-01T00:00:00Z");
        primeTheTopic(observed);
        List<Thread> publishers = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int p = 0; p < PUBLISHERS; p++) {
            int publisher = p;
            Thread thread = new Thread(() -> {
                try (SensorClient sensor = new SensorClient(mqttPort, "acme-reefer-17", "acme", "-" + publisher)) {
                    for (int i = publisher; i < EVENTS; i += PUBLISHERS) {
                        sensor.publish("portcullis/iot/ACME/reefer-17", reading(i, container, observed));
                    }
                } catch (Exception | AssertionError e) {
                    failures.add(e);
                }
            });
            thread.start();
            publishers.add(thread);
        }
        for (Thread publisher : publishers) {
            publisher.join();
        }
        assertThat(failures).as("every publish acknowledged").isEmpty();
        int storedBeforeTheCrash = count("select count(*) from iot_event where container = '" + container + "'");
        application.kill();
        log.info("{} of {} events were stored when the application was killed", storedBeforeTheCrash, EVENTS);
        assertThat(storedBeforeTheCrash).as("events acknowledged but not yet stored when the application was killed")
                .isLessThan(EVENTS);

        start("second", List.of());

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                count("select count(*) from iot_event where container = '" + container + "'") >= EVENTS);
        assertThat(count("select count(distinct event_id) from iot_event where container = '" + container + "'"))
                .isEqualTo(EVENTS);
        assertThat(count("select count(*) from iot_event where container = '" + container + "'")).isEqualTo(EVENTS);
    }

    /**
     * Publishes one event to the topic and waits until it is stored, so that the broker has made the topic's address
     * and its route to the sensor queue before the burst. Without this, four clients' first publishes racing to
     * create the address once lost one acknowledged event (docs/iot.md, Known limits): a fault of its own, not of the
     * crash this test is about.
     */
    private void primeTheTopic(Instant observed) throws Exception {
        String other = IotMqttIT.uniqueContainer();
        try (SensorClient sensor = new SensorClient(mqttPort, "acme-reefer-17", "acme", "-primer")) {
            sensor.publish("portcullis/iot/ACME/reefer-17", reading(-1, other, observed));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                count("select count(*) from iot_event where container = '" + other + "'") == 1);
    }

    private static String reading(int i, String container, Instant observed) {
        return """
                {"eventId": "restart-%d", "eventType": "REEFER_TEMPERATURE", "observedAt": "%s",
                 "container": "%s", "temperatureCelsius": %d.5}""".formatted(i, observed.plusSeconds(60L * i),
                container, Math.abs(i % 20));
    }

    private void start(String run, List<String> settings) throws IOException {
        List<String> arguments = arguments();
        arguments.addAll(settings);
        application = new PackagedApplication(workingDirectory, TestSocketUtils.findAvailableTcpPort(), arguments);
        application.start("portcullis-" + run + ".log");
    }

    private List<String> arguments() {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + FileDatabase.url(workingDirectory),
                "--portcullis.rules.directory=" + Path.of("..", "rules", "ruleset").toAbsolutePath().normalize()));
        arguments.addAll(ports);
        return arguments;
    }

    private int count(String sql) throws SQLException {
        return FileDatabase.count(workingDirectory, sql);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (application != null) {
            application.close();
        }
    }
}
