package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portcullis.testing.brokers.LocalProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production-like broker: an instance of Artemis's own distribution (unpacked from Maven Central by the bench
 * profile), created fresh with a login, its address settings copied from the application's broker.xml as
 * docs/architecture.md tells operators to do, run as a separate process and killed with SIGKILL when asked.
 */
final class ExternalBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExternalBroker.class);
    static final String USER = "portcullis";
    static final String PASSWORD = "portcullis-bench";
    /** The sender stamp's secret for the run (base64 of 32 bytes), shared with the application. */
    static final String SEAL_SECRET = java.util.Base64.getEncoder().encodeToString(
            "portcullis-bench-sender-seal-key!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private final Path instance;
    private final int port;
    private Process process;

    private ExternalBroker(Path instance, int port) {
        this.instance = instance;
        this.port = port;
    }

    static ExternalBroker create(Path artemisHome, Path instance, int port, Path applicationBrokerXml,
            Path pluginJar) throws Exception {
        return create(artemisHome, instance, port, applicationBrokerXml, pluginJar, List.of());
    }

    /** A broker made with further {@code artemis create} options (a member of a live/backup pair). */
    static ExternalBroker create(Path artemisHome, Path instance, int port, Path applicationBrokerXml,
            Path pluginJar, List<String> createOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(artemisHome.resolve("bin/artemis").toString(),
                "create", instance.toString(), "--user", USER,
                "--password", PASSWORD, "--require-login", "--host", "127.0.0.1", "--default-port", Integer.toString(port),
                "--nio", "--silent", "--no-autotune", "--no-web", "--no-amqp-acceptor", "--no-mqtt-acceptor",
                "--no-stomp-acceptor", "--no-hornetq-acceptor"));
        command.addAll(createOptions);
        LocalProcesses.runToCompletion(command);
        Path brokerXml = instance.resolve("etc/broker.xml");
        String application = Files.readString(applicationBrokerXml).replaceAll("(?s)<!--.*?-->", "");
        String broker = Files.readString(brokerXml);
        broker = replaceSection(broker, application, "address-settings");
        broker = replaceSection(broker, application, "addresses");
        broker = replaceElement(broker, application, "journal-buffer-timeout");
        broker = broker.replace("</persistence-enabled>", "</persistence-enabled>\n      "
                + element(application, "id-cache-size") + "\n      " + element(application, "persist-id-cache"));
        broker = broker.replace("</core>", senderStamp() + "\n</core>");
        Files.writeString(brokerXml, broker);
        Files.copy(pluginJar, instance.resolve("lib").resolve(pluginJar.getFileName()));
        return new ExternalBroker(instance, port);
    }

    /** The sender stamp as docs/security.md tells operators to install it: every message sealed with its sender. */
    private static String senderStamp() {
        return "<broker-plugins><broker-plugin class-name=\"org.portcullis.broker.SenderStamp\">"
                + "<property key=\"seal-secret\" value=\"" + SEAL_SECRET + "\"/>"
                + "<property key=\"trusted-users\" value=\"" + USER + "\"/>"
                + "<property key=\"max-message-bytes\" value=\"22020096\"/>"
                + "<property key=\"required-route-prefixes\" value=\"portcullis.iot.=portcullis.iot.events\"/>"
                + "</broker-plugin></broker-plugins>";
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    void start() throws Exception {
        process = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolve("broker.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (LocalProcesses.listening(port)) {
                log.info("External Artemis broker up on {}, pid {}", url(), process.pid());
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the broker did not start; see " + instance.resolve("broker.log"));
    }

    /** The broker's launcher; its CPU and that of the JVM it starts are counted as its process tree's. */
    long pid() {
        return process.pid();
    }

    Path log() {
        return instance.resolve("broker.log");
    }

    /** Changes the instance's broker.xml (before it starts) and fails when the change changed nothing. */
    void editBrokerXml(java.util.function.UnaryOperator<String> change) throws IOException {
        Path brokerXml = instance.resolve("etc/broker.xml");
        String before = Files.readString(brokerXml);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the change found nothing to change in " + brokerXml);
        }
        Files.writeString(brokerXml, after);
    }

    /**
     * Logs with thread names, and at DEBUG what starts, stops and activates the server (the activations of a
     * replicated pair), so that a stop's caller can be told from the log.
     */
    void traceActivation() throws IOException {
        Path properties = instance.resolve("etc/log4j2.properties");
        String text = Files.readString(properties)
                .replace("%-5level [%logger] %msg%n", "%-5level [%logger] [%t] %msg%n");
        StringBuilder loggers = new StringBuilder(text);
        for (String name : List.of("ActiveMQServerImpl", "SharedNothingPrimaryActivation",
                "SharedNothingBackupActivation")) {
            String key = "logger.trace_" + name;
            loggers.append('\n').append(key).append(".name=org.apache.activemq.artemis.core.server.impl.").append(name)
                    .append('\n').append(key).append(".level=DEBUG");
        }
        Files.writeString(properties, loggers.append('\n').toString());
    }

    /** Starts the process without waiting for the port (a backup does not listen until it becomes live). */
    void launch() throws IOException {
        process = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        log.info("Artemis broker {} launched, pid {}", instance.getFileName(), process.pid());
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    void kill() throws InterruptedException {
        log.info("SIGKILL to the broker pid {}", process.pid());
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        LocalProcesses.stop(process);
    }

    private static String replaceSection(String target, String source, String name) {
        Pattern section = Pattern.compile("<" + name + ">.*?</" + name + ">", Pattern.DOTALL);
        Matcher from = section.matcher(source);
        if (!from.find()) {
            return target;
        }
        Matcher to = section.matcher(target);
        return to.find() ? to.replaceFirst(Matcher.quoteReplacement(from.group()))
                : target.replace("</core>", from.group() + "\n</core>");
    }

    private static String replaceElement(String target, String source, String name) {
        String element = element(source, name);
        return element.isEmpty() ? target
                : target.replaceFirst("<" + name + ">[^<]*</" + name + ">", Matcher.quoteReplacement(element));
    }

    private static String element(String source, String name) {
        Matcher matcher = Pattern.compile("<" + name + ">[^<]*</" + name + ">").matcher(source);
        return matcher.find() ? matcher.group() : "";
    }

}
