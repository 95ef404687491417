package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

/**
 * The README's run command on the jar the build made ({@code java -jar webapp/target/portcullis.jar}), in a fresh
 * working directory with its defaults (demo profile, file H2, embedded broker): it starts, serves the sign-in page
 * and the schema, and the demo's sample filings are answered. The other integration tests run on the test class
 * path; only this one sees what the jar holds (a dependency missing from it fails here).
 */
class PackagedApplicationIT {

    @Test
    void jarStartsOnItsDefaultsAndTheSampleFilingsAreAnswered() throws Exception {
        Path workingDirectory = Files.createTempDirectory(Path.of("target"), "packaged-");
        try (PackagedApplication application = new PackagedApplication(workingDirectory,
                TestSocketUtils.findAvailableTcpPort(), List.of(
                "--portcullis.rules.directory=" + Path.of("..", "rules", "ruleset").toAbsolutePath().normalize(),
                "--portcullis.broker.acceptors.core=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.amqp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.stomp=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort(),
                "--portcullis.broker.acceptors.mqtt=tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort()))) {
            Path log = application.start("portcullis.log");

            assertThat(application.status("/schema/filing-v1.schema.json")).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Files.readString(log).contains("ACCEPTED for ORIGINAL"));
        }
    }
}
