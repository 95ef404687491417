package org.portcullis.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.portcullis.testing.brokers.SensorAccount;
import org.portcullis.testing.brokers.SensorBrokerProcess;
import org.portcullis.testing.postgres.TestPostgres;
import org.springframework.test.util.TestSocketUtils;

/**
 * A sensor broker of its own (config/sensor-broker, docs/iot.md) for the tests that run the packaged application
 * beside it, with the demo's device account, the arguments that point a node at it and at the test's database, and
 * the database read-backs those tests assert on.
 */
final class SensorBrokerFixture {

    /** The demo's device account (application-demo.yml), here an account of the sensor broker. */
    static final String DEVICE = "acme-reefer-17";
    static final String DEVICE_PASSWORD = "acme";
    private static final String SENSOR_BROKER_PASSWORD = "portcullis-sensor-broker-secret";

    private SensorBrokerFixture() {
    }

    /** Made from Artemis's distribution under {@code directory} and started; the device publishes as ACME. */
    static SensorBrokerProcess startSensorBroker(Path directory, String sealSecret)
            throws IOException, InterruptedException {
        SensorBrokerProcess broker = SensorBrokerProcess.create(artemisHome(), Path.of("..", "config",
                "sensor-broker"), pluginJar(), directory, TestSocketUtils.findAvailableTcpPort(),
                TestSocketUtils.findAvailableTcpPort(), SENSOR_BROKER_PASSWORD, sealSecret,
                List.of(new SensorAccount(DEVICE, DEVICE_PASSWORD, "ACME")));
        broker.start();
        return broker;
    }

    /** A node on the database, the repository's rule set, free ports, no MQTT acceptor, events from the broker. */
    static List<String> nodeArguments(TestPostgres.Database database, SensorBrokerProcess broker, String sealSecret) {
        return List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--portcullis.rules.directory=" + Path.of("..", "rules", "ruleset").toAbsolutePath().normalize(),
                "--portcullis.broker.acceptors.core=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.amqp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.stomp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.mqtt=",
                "--portcullis.broker.sender-seal-secret=" + sealSecret,
                "--portcullis.iot.broker.url=" + broker.coreUrl(),
                "--portcullis.iot.broker.user=" + SensorBrokerProcess.APPLICATION_USER,
                "--portcullis.iot.broker.password=" + SENSOR_BROKER_PASSWORD);
    }

    static int count(TestPostgres.Database database, String sql) throws SQLException {
        try (Connection connection = connect(database); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static String text(TestPostgres.Database database, String sql) throws SQLException {
        try (Connection connection = connect(database); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static Connection connect(TestPostgres.Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /** Artemis's distribution, unpacked by the build into target/artemis before the integration tests. */
    private static Path artemisHome() throws IOException {
        try (Stream<Path> homes = Files.list(Path.of("target", "artemis"))) {
            return homes.filter(home -> home.getFileName().toString().startsWith("apache-artemis-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Artemis distribution in target/artemis: "
                            + "run the build's pre-integration-test phase"));
        }
    }

    private static Path pluginJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("..", "broker-plugin", "target"))) {
            return jars.filter(jar -> jar.getFileName().toString().endsWith("-broker.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no broker-plugin/target/*-broker.jar: build with "
                            + "-am so that the broker-plugin module is packaged"));
        }
    }
}
