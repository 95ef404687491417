package org.portcullis.app;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The sensor broker of docs/iot.md as an operator sets it up: an instance of Artemis's own distribution (unpacked by
 * the build into target/artemis) made with {@code artemis create}, the repository's config/sensor-broker files over
 * it, the broker-plugin jar in its lib/, the application's account and the sensor accounts added as the docs say, run
 * as a process of its own and killed with SIGKILL when asked.
 */
final class SensorBrokerInstance implements AutoCloseable {

    static final String APPLICATION_USER = "portcullis";
    static final String APPLICATION_PASSWORD = "portcullis-sensor-broker-secret";

    private final Path instance;
    private final int mqttPort;
    private final int corePort;
    private final String sealSecret;
    private Process process;

    private SensorBrokerInstance(Path instance, int mqttPort, int corePort, String sealSecret) {
        this.instance = instance;
        this.mqttPort = mqttPort;
        this.corePort = corePort;
        this.sealSecret = sealSecret;
    }

    /** Makes the instance; each sensor account is {user, password, operator}, of operator ACME (the file's match). */
    static SensorBrokerInstance create(Path instance, int mqttPort, int corePort, String sealSecret,
            List<String[]> sensorAccounts) throws Exception {
        run(List.of(artemisHome().resolve("bin/artemis").toString(), "create", instance.toString(), "--user",
                APPLICATION_USER, "--password", APPLICATION_PASSWORD, "--role", APPLICATION_USER, "--require-login",
                "--host", "127.0.0.1", "--nio", "--silent", "--no-autotune", "--no-web", "--no-amqp-acceptor",
                "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor"));
        Path config = Path.of("..", "config", "sensor-broker");
        Path etc = instance.resolve("etc");
        Files.copy(config.resolve("broker.xml"), etc.resolve("broker.xml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(config.resolve("login.config"), etc.resolve("login.config"), StandardCopyOption.REPLACE_EXISTING);
        List<String> users = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (String[] account : sensorAccounts) {
            users.add(account[0] + " = " + account[1]);
            roles.add("sensor-" + account[2] + " = " + account[0]);
        }
        append(etc.resolve("artemis-users.properties"), users);
        append(etc.resolve("artemis-roles.properties"), roles);
        Files.copy(pluginJar(), instance.resolve("lib").resolve("portcullis-broker-plugin.jar"));
        return new SensorBrokerInstance(instance, mqttPort, corePort, sealSecret);
    }

    /** Where the application's consumer connects ({@code portcullis.iot.broker.url}). */
    String coreUrl() {
        return "tcp://127.0.0.1:" + corePort;
    }

    int mqttPort() {
        return mqttPort;
    }

    /** Starts {@code artemis run} (again, on the same journal) and waits until both acceptors listen. */
    void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolve("broker.log").toFile()));
        builder.environment().put("PORTCULLIS_SENDER_SEAL_SECRET", sealSecret);
        builder.environment().put("SENSOR_BROKER_MQTT", "tcp://127.0.0.1:" + mqttPort);
        builder.environment().put("SENSOR_BROKER_CORE", "tcp://127.0.0.1:" + corePort);
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (int port : new int[] {corePort, mqttPort}) {
            while (!listening(port)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the sensor broker did not start; its log: "
                            + Files.readString(instance.resolve("broker.log")));
                }
                Thread.sleep(250);
            }
        }
    }

    /** SIGKILL: the broker keeps only what its journal holds. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

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

    private static void append(Path file, List<String> lines) throws IOException {
        Files.writeString(file, "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
