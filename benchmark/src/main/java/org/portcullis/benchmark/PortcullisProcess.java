package org.portcullis.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.portcullis.testing.brokers.LocalProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application as its users run it: {@code java -jar webapp/target/portcullis.jar} in a child process with its
 * own working directory (so ./data is the run's), its log in a file, ready once it serves the published schema.
 * {@link #kill()} is SIGKILL: no shutdown hook, no graceful stop.
 */
final class PortcullisProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PortcullisProcess.class);
    /** Long enough for a start on a 2-core machine that other work keeps busy (starts of over 6 minutes were seen there). */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(600);

    private final List<String> command;
    /** What the command runs under, e.g. {@code nice -n 19}; empty by default. */
    private List<String> launcher = List.of();
    private final Path directory;
    private final Path logFile;
    private final int httpPort;
    private Process process;
    private int starts;

    PortcullisProcess(BenchSettings settings, Path directory, List<String> applicationArgs) {
        this(settings, directory, settings.ports().http(), applicationArgs);
    }

    /** A node on its own HTTP port; {@code applicationArgs} may switch the rules watch on for it. */
    PortcullisProcess(BenchSettings settings, Path directory, int httpPort, List<String> applicationArgs) {
        this(settings, settings.applicationJar(), settings.ruleSet(), directory, httpPort, applicationArgs);
    }

    /** A node of another build (a previous release's jar, serving that release's rule set). */
    PortcullisProcess(BenchSettings settings, Path applicationJar, Path ruleSet, Path directory, int httpPort,
            List<String> applicationArgs) {
        this.directory = directory;
        this.logFile = directory.resolve("portcullis.log");
        this.httpPort = httpPort;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(split(settings.appJvm()));
        command.addAll(List.of("-jar", applicationJar.toString(),
                "--server.port=" + httpPort,
                "--portcullis.rules.directory=" + benchRuleSet(settings, ruleSet, directory),
                "--portcullis.demo.send-sample-filings=false",
                "--portcullis.broker.acceptors.core=tcp://127.0.0.1:" + settings.ports().core() + "?protocols=CORE",
                "--portcullis.broker.acceptors.amqp=tcp://127.0.0.1:" + settings.ports().amqp() + "?protocols=AMQP",
                "--portcullis.broker.acceptors.stomp=tcp://127.0.0.1:" + settings.ports().stomp() + "?protocols=STOMP"));
        if (applicationArgs.stream().noneMatch(arg -> arg.startsWith("--portcullis.rules.watch="))) {
            command.add("--portcullis.rules.watch=false");
        }
        BenchCarriers.IDS.forEach(id -> command.add(
                "--portcullis.carriers.accounts." + id + ".password={noop}" + BenchCarriers.PASSWORD));
        command.add("--portcullis.broker.operator-user=" + BenchCarriers.OPERATOR);
        command.add("--portcullis.broker.operator-password={noop}" + BenchCarriers.PASSWORD);
        command.addAll(applicationArgs);
        command.addAll(split(settings.appArgs()));
        this.command = List.copyOf(command);
    }

    /**
     * A copy of the repository's rule set with random selection off and the benchmark's consignors listed as known
     * traders: otherwise most filings of 50 consignments would be referred to a clerk (3% of consignments drawn at
     * random; every consignor new in a fresh database, rule TGT-006) and never reach ASSESSMENT_COMPLETE, which the
     * benchmark times and the crash checks count.
     */
    private static Path benchRuleSet(BenchSettings settings, Path ruleSet, Path directory) {
        Path copy = directory.resolve("ruleset");
        try (Stream<Path> files = Files.walk(ruleSet)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(ruleSet.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(copy.resolve("reference/selection.properties"), "random-selection-rate=0\n");
            StringBuilder traders = new StringBuilder();
            for (int i = 0; i < Math.max(settings.consignments(), 100); i++) {
                traders.append(Filings.consignorName(i)).append(",CN\n");
            }
            Files.writeString(copy.resolve("reference/known-traders.csv"), traders, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the rule set " + ruleSet, e);
        }
        return copy.toAbsolutePath();
    }

    /** The node's copy of the rule set (the directory it serves, and watches when told to). */
    Path ruleSetDirectory() {
        return directory.resolve("ruleset");
    }

    int httpPort() {
        return httpPort;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Runs the application at the lowest CPU priority ({@code nice -n 19 java ...}); call before {@link #start()}. */
    PortcullisProcess atLowestPriority() {
        launcher = List.of("nice", "-n", "19");
        return this;
    }

    String commandLine() {
        return String.join(" ", launcher) + (launcher.isEmpty() ? "" : " ") + String.join(" ", command);
    }

    List<String> command() {
        return command;
    }

    /** Starts the application and waits until it answers HTTP; returns the start-up time. */
    Duration start() throws Exception {
        Files.createDirectories(directory);
        try (java.net.Socket taken = new java.net.Socket("127.0.0.1", httpPort)) {
            throw new IllegalStateException("something already listens on port " + httpPort
                    + "; stop it or choose other ports (-Dbench.port.http=...)");
        } catch (IOException free) {
            // nothing listens: as it should be
        }
        long begin = System.nanoTime();
        starts++;
        List<String> launched = new ArrayList<>(launcher);
        launched.addAll(command);
        // nice executes java in its own process: the pid is the JVM's
        process = new ProcessBuilder(launched).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                + "/schema/filing-v1.schema.json")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - begin < START_TIMEOUT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped during start-up; see " + logFile);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    Duration took = Duration.ofNanos(System.nanoTime() - begin);
                    log.info("Portcullis up (start {}) in {} s, pid {}", starts, took.toSeconds(), process.pid());
                    return took;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not start within " + START_TIMEOUT + "; see " + logFile);
    }

    /** SIGKILL, as a power cut or the OOM killer would end it. */
    void kill() throws InterruptedException {
        log.info("SIGKILL to Portcullis pid {}", process.pid());
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    /** SIGTERM and wait for the graceful stop. */
    @Override
    public void close() throws InterruptedException {
        LocalProcesses.stop(process);
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
