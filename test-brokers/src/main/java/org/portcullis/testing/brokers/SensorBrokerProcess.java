package org.portcullis.testing.brokers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sensor broker of docs/iot.md ("A broker of its own for sensors") as an operator sets it up: an instance of
 * Artemis's own distribution made with {@code artemis create}, the repository's config/sensor-broker files over it
 * (the example operator's security setting copied for every other operator), the broker-plugin jar in its lib/, the
 * application's account and the sensor accounts added as the docs say, run as a process of its own.
 */
public final class SensorBrokerProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SensorBrokerProcess.class);
    /** The application's account on the sensor broker ({@code portcullis.iot.broker.user}). */
    public static final String APPLICATION_USER = "portcullis";
    private static final String EXAMPLE_OPERATOR = "ACME";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path instance;
    private final int mqttPort;
    private final int corePort;
    private final String sealSecret;
    private Process process;

    private SensorBrokerProcess(Path instance, int mqttPort, int corePort, String sealSecret) {
        this.instance = instance;
        this.mqttPort = mqttPort;
        this.corePort = corePort;
        this.sealSecret = sealSecret;
    }

    /**
     * Makes the instance in {@code instance} from the distribution in {@code artemisHome}, with config/sensor-broker's
     * files from {@code sensorBrokerConfig} and the broker-plugin jar; the application signs in as
     * {@link #APPLICATION_USER} with {@code applicationPassword}.
     */
    public static SensorBrokerProcess create(Path artemisHome, Path sensorBrokerConfig, Path pluginJar, Path instance,
            int mqttPort, int corePort, String applicationPassword, String sealSecret, List<SensorAccount> accounts)
            throws IOException, InterruptedException {
        LocalProcesses.runToCompletion(List.of(artemisHome.resolve("bin/artemis").toString(), "create",
                instance.toString(), "--user", APPLICATION_USER, "--password", applicationPassword, "--role",
                APPLICATION_USER, "--require-login", "--host", "127.0.0.1", "--nio", "--silent", "--no-autotune",
                "--no-web", "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor",
                "--no-hornetq-acceptor"));
        Path etc = instance.resolve("etc");
        Files.writeString(etc.resolve("broker.xml"), withOperators(Files.readString(
                sensorBrokerConfig.resolve("broker.xml")), accounts));
        Files.copy(sensorBrokerConfig.resolve("login.config"), etc.resolve("login.config"),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> users = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (SensorAccount account : accounts) {
            users.add(account.user() + " = " + account.password());
            roles.add("sensor-" + account.operator() + " = " + account.user());
        }
        append(etc.resolve("artemis-users.properties"), users);
        append(etc.resolve("artemis-roles.properties"), roles);
        Files.copy(pluginJar, instance.resolve("lib").resolve(pluginJar.getFileName()));
        return new SensorBrokerProcess(instance, mqttPort, corePort, sealSecret);
    }

    /** Where the application's consumer connects ({@code portcullis.iot.broker.url}). */
    public String coreUrl() {
        return "tcp://127.0.0.1:" + corePort;
    }

    public int mqttPort() {
        return mqttPort;
    }

    /** Starts {@code artemis run} (again, on the same journal) and waits until both acceptors listen. */
    public void start() throws IOException, InterruptedException {
        start(List.of());
    }

    /** As {@link #start()}, at the lowest CPU priority ({@code nice -n 19}), as docs/iot.md advises on a shared host. */
    public void startAtLowestPriority() throws IOException, InterruptedException {
        start(List.of("nice", "-n", "19"));
    }

    private void start(List<String> prefix) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(instance.resolve("bin/artemis").toString(), "run"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolve("broker.log").toFile()));
        builder.environment().put("PORTCULLIS_SENDER_SEAL_SECRET", sealSecret);
        builder.environment().put("SENSOR_BROKER_MQTT", "tcp://127.0.0.1:" + mqttPort);
        builder.environment().put("SENSOR_BROKER_CORE", "tcp://127.0.0.1:" + corePort);
        process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        for (int port : new int[] {corePort, mqttPort}) {
            while (!LocalProcesses.listening(port)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the sensor broker did not start; its log: "
                            + Files.readString(instance.resolve("broker.log")));
                }
                Thread.sleep(250);
            }
        }
        log.info("Sensor broker up: MQTT on {}, CORE on {}, pid {}", mqttPort, corePort, process.pid());
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the broker keeps only what its journal holds. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        LocalProcesses.stop(process);
    }

    /** The file's security setting of the example operator, copied for every other operator the accounts name. */
    static String withOperators(String brokerXml, List<SensorAccount> accounts) {
        String start = "<security-setting match=\"portcullis.iot." + EXAMPLE_OPERATOR + ".#\">";
        int from = brokerXml.indexOf(start);
        int to = from < 0 ? -1 : brokerXml.indexOf("</security-setting>", from);
        if (to < 0) {
            throw new IllegalArgumentException("config/sensor-broker/broker.xml has no complete " + start
                    + " ... </security-setting>: the sensor broker's accounts are made by copying that example");
        }
        String example = brokerXml.substring(from, to + "</security-setting>".length());
        Set<String> operators = new LinkedHashSet<>();
        accounts.forEach(account -> operators.add(account.operator()));
        operators.remove(EXAMPLE_OPERATOR);
        StringBuilder settings = new StringBuilder(example);
        for (String operator : operators) {
            settings.append("\n      ").append(example.replace(EXAMPLE_OPERATOR, operator));
        }
        return brokerXml.replace(example, settings.toString());
    }

    private static void append(Path file, List<String> lines) throws IOException {
        Files.writeString(file, "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }
}
