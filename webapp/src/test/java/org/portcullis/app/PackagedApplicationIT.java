package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

/**
 * The README's run command on the jar the build made ({@code java -jar webapp/target/portcullis.jar}), in a fresh
 * working directory with its defaults (demo profile, file H2, embedded broker): it starts, serves the sign-in page
 * and the schema, and the demo's sample filings are answered. The other integration tests run on the test class
 * path; only this one sees what the jar holds (a dependency missing from it fails here).
 */
class PackagedApplicationIT {

    private static final Path JAR = Path.of("target", "portcullis.jar");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process application;

    @Test
    void jarStartsOnItsDefaultsAndTheSampleFilingsAreAnswered() throws Exception {
        Path workingDirectory = Files.createTempDirectory(Path.of("target"), "packaged-");
        Path log = workingDirectory.resolve("portcullis.log");
        int port = TestSocketUtils.findAvailableTcpPort();
        application = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--portcullis.rules.directory=" + Path.of("..", "rules", "ruleset").toAbsolutePath().normalize(),
                "--portcullis.broker.acceptors.core=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.amqp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.stomp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort()))
                .directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();

        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !application.isAlive() || status(port, "/login") == 200);

        assertThat(application.isAlive()).as("the application is running; its log: %s", log).isTrue();
        assertThat(status(port, "/schema/filing-v1.schema.json")).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Files.readString(log).contains("ACCEPTED for ORIGINAL"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (application != null) {
            application.destroy();
            if (!application.waitFor(30, TimeUnit.SECONDS)) {
                application.destroyForcibly();
            }
        }
    }

    private int status(int port, String path) {
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
}
