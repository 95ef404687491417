package org.portcullis.benchmark;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sensor broker of docs/iot.md, "A broker of its own for sensors": an instance of Artemis's own distribution made
 * with {@code artemis create}, given the repository's {@code config/sensor-broker/broker.xml} and login.config, the
 * broker-plugin jar, the application's account and one sensor account of one operator, and run as its own process at
 * the lowest CPU priority ({@code nice -n 19}), as a broker on another machine would leave this one's CPU to filings.
 */
final class SensorBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SensorBroker.class);
    static final String APPLICATION_USER = "portcullis";
    static final String APPLICATION_PASSWORD = "portcullis-sensors-bench";

    private final Path instance;
    private final int mqttPort;
    private final int corePort;
    private final String sealSecret;
    private Process process;

    private SensorBroker(Path instance, int mqttPort, int corePort, String sealSecret) {
        this.instance = instance;
        this.mqttPort = mqttPort;
        this.corePort = corePort;
        this.sealSecret = sealSecret;
    }

    /**
     * Makes the instance: the distribution's own layout, then the repository's configuration over it, the operator's
     * security setting copied from the file's example (ACME), and the accounts in the properties files.
     */
    static SensorBroker create(Path artemisHome, Path repository, Path instance, int mqttPort, int corePort,
            Path pluginJar, String sealSecret, String sensorUser, String sensorPassword, String operator)
            throws Exception {
        run(List.of(artemisHome.resolve("bin/artemis").toString(), "create", instance.toString(), "--user",
                APPLICATION_USER, "--password", APPLICATION_PASSWORD, "--role", APPLICATION_USER, "--require-login",
                "--host", "127.0.0.1", "--nio", "--silent", "--no-autotune", "--no-web", "--no-amqp-acceptor",
                "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor"));
        Path config = repository.resolve("config/sensor-broker");
        Path etc = instance.resolve("etc");
        String brokerXml = Files.readString(config.resolve("broker.xml"));
        String example = brokerXml.substring(brokerXml.indexOf("<security-setting match=\"portcullis.iot.ACME.#\">"));
        example = example.substring(0, example.indexOf("</security-setting>") + "</security-setting>".length());
        brokerXml = brokerXml.replace(example, example + "\n      " + example.replace("ACME", operator));
        Files.writeString(etc.resolve("broker.xml"), brokerXml);
        Files.copy(config.resolve("login.config"), etc.resolve("login.config"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(etc.resolve("artemis-users.properties"), "\n" + sensorUser + " = " + sensorPassword + "\n",
                StandardOpenOption.APPEND);
        Files.writeString(etc.resolve("artemis-roles.properties"), "\nsensor-" + operator + " = " + sensorUser + "\n",
                StandardOpenOption.APPEND);
        Files.copy(pluginJar, instance.resolve("lib").resolve(pluginJar.getFileName()));
        return new SensorBroker(instance, mqttPort, corePort, sealSecret);
    }

    /** Where the application's consumer connects (portcullis.iot.broker.url). */
    String coreUrl() {
        return "tcp://127.0.0.1:" + corePort;
    }

    int mqttPort() {
        return mqttPort;
    }

    /** Starts {@code nice -n 19 artemis run} and waits for both acceptors. */
    void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("nice", "-n", "19", instance.resolve("bin/artemis").toString(),
                "run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolve("broker.log").toFile()));
        builder.environment().put("PORTCULLIS_SENDER_SEAL_SECRET", sealSecret);
        builder.environment().put("SENSOR_BROKER_MQTT", "tcp://127.0.0.1:" + mqttPort);
        builder.environment().put("SENSOR_BROKER_CORE", "tcp://127.0.0.1:" + corePort);
        process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        for (int port : new int[] {corePort, mqttPort}) {
            while (!listening(port)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the sensor broker did not start; see "
                            + instance.resolve("broker.log"));
                }
                Thread.sleep(250);
            }
        }
        log.info("Sensor broker up (nice 19): MQTT on {}, CORE on {}, pid {}", mqttPort, corePort, process.pid());
    }

    long pid() {
        return process.pid();
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

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
