package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The jar the build made ({@code java -jar webapp/target/portcullis.jar}) run as its users run it: in a working
 * directory of its own (so ./data is its own), on an HTTP port and with the arguments given, its log in a file.
 */
final class PackagedApplication implements AutoCloseable {

    private static final Path JAR = Path.of("target", "portcullis.jar");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path workingDirectory;
    private final int port;
    private final List<String> arguments;
    private Process process;

    PackagedApplication(Path workingDirectory, int port, List<String> arguments) {
        this.workingDirectory = workingDirectory;
        this.port = port;
        this.arguments = List.copyOf(arguments);
    }

    /** Starts the jar and waits until it serves the sign-in page; the log file it writes to. */
    Path start(String logName) throws IOException {
        Path log = workingDirectory.resolve(logName);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar",
                JAR.toAbsolutePath().toString(), "--server.port=" + port,
                // these tests are about starting, stopping and restoring; the demo risk history is RiskBrowserIT's
                "--portcullis.risk.generated-at-start=false"));
        command.addAll(arguments);
        process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !process.isAlive() || status("/login") == 200);
        assertThat(process.isAlive()).as("the application is running; its log: %s", log).isTrue();
        return log;
    }

    /** SIGKILL: no shutdown hook, no graceful stop. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager stops it: waits for the process to end; its exit status, or -1 when it did not. */
    int terminate(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** The body of a GET of the path signed in with HTTP Basic, or null when it does not answer 200. */
    String body(String path, String user, String password) throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : null;
    }

    /** The HTTP status of a GET of the path, -1 when nothing answers. */
    int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
