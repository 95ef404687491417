package org.portcullis.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL for the tests that run on it as well as on H2. The build's {@code postgresql} test executions set
 * {@value #DATABASE_PROPERTY}{@code =postgresql}; the first database asked for starts one throw-away cluster for
 * the JVM from the installed binaries ({@link InstalledBinaries}), stopped and deleted when the JVM exits.
 * Without binaries the tests are skipped with {@link #missing()}'s explanation, unless
 * {@value #REQUIRED_PROPERTY}{@code =true} (CI) makes that a failure.
 */
public final class TestPostgres {

    /** {@code postgresql} in the test executions that run on PostgreSQL; H2 otherwise. */
    public static final String DATABASE_PROPERTY = "portcullis.test.database";
    /** {@code true}: a machine without PostgreSQL fails the PostgreSQL tests instead of skipping them. */
    public static final String REQUIRED_PROPERTY = "portcullis.test.postgresql.required";

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    /** The names Spring and Spring Boot give the shutdown hooks that close their contexts (tests' cached ones too). */
    private static final Set<String> SPRING_SHUTDOWN_HOOKS = Set.of("SpringContextShutdownHook",
            "SpringApplicationShutdownHook");
    private static ThrowawayCluster cluster;

    private TestPostgres() {
    }

    /** A database's connection settings. */
    public record Database(String url, String user, String password) {
    }

    /** Whether this test JVM runs its database tests on PostgreSQL. */
    public static boolean selected() {
        return "postgresql".equalsIgnoreCase(System.getProperty(DATABASE_PROPERTY, "h2"));
    }

    /**
     * Why PostgreSQL cannot run here (for a skipped test's reason), or empty when it can.
     *
     * @throws IllegalStateException when it cannot and {@value #REQUIRED_PROPERTY} is true
     */
    public static Optional<String> missing() {
        Optional<String> reason = InstalledBinaries.missing();
        if (reason.isPresent() && Boolean.getBoolean(REQUIRED_PROPERTY)) {
            throw new IllegalStateException(reason.get() + " (" + REQUIRED_PROPERTY + "=true: this build must run "
                    + "the PostgreSQL tests)");
        }
        Optional<String> skipped = reason.map(text -> text + ". The PostgreSQL tests are skipped; they ran on H2 only");
        skipped.filter(text -> !WARNED.getAndSet(true)).ifPresent(log::warn);
        return skipped;
    }

    /** A new empty database in the JVM's cluster, started on the first call. */
    public static Database newDatabase(String prefix) {
        return newDatabase(prefix, "template1");
    }

    /**
     * A new database in the JVM's cluster, a copy of {@code template} (a database no one is connected to: PostgreSQL
     * copies its files, much faster than running migrations again).
     */
    public static synchronized Database newDatabase(String prefix, String template) {
        try {
            if (cluster == null) {
                cluster = startCluster();
            }
            String name = prefix + "_" + DATABASES.incrementAndGet();
            cluster.createDatabase(name, template);
            return new Database(cluster.url(name), cluster.user(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
    }

    private static ThrowawayCluster startCluster() throws IOException {
        String reason = missing().orElse(null);
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        Path data = Files.createTempDirectory("portcullis-test-postgres-");
        ThrowawayCluster started = ThrowawayCluster.start(InstalledBinaries.find().orElseThrow(), data, freePort(),
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                awaitSpringContextsClosed();
                started.close();
            } catch (IOException | RuntimeException e) {
                log.warn("The test PostgreSQL in {} was not stopped cleanly", data, e);
            }
        }, "test-postgres-stop"));
        return started;
    }

    /**
     * Shutdown hooks run side by side: the application a test started (its job executor, its outbox relay) must be
     * closed by Spring's own hook before its database goes, or it fails on closed connections and outlasts the
     * test runner's exit limit.
     */
    private static void awaitSpringContextsClosed() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (SPRING_SHUTDOWN_HOOKS.contains(thread.getName())) {
                try {
                    thread.join(Duration.ofSeconds(25).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
