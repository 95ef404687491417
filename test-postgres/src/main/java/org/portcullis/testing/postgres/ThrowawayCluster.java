package org.portcullis.testing.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throw-away PostgreSQL cluster on 127.0.0.1 from installed binaries: initdb into a fresh directory, pg_ctl start
 * on the given port, stop and delete on {@link #close()}. PostgreSQL refuses to run as root, so when the JVM runs as
 * root the cluster's directory is handed to the {@code postgres} user and the binaries run as that user (runuser).
 * Trust authentication on 127.0.0.1 only; the superuser is {@code postgres} without a password.
 */
public final class ThrowawayCluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ThrowawayCluster.class);
    static final String OWNER = "postgres";

    private final Path bin;
    private final Path data;
    private final int port;

    private ThrowawayCluster(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /**
     * Creates and starts a cluster in {@code data} (emptied first).
     *
     * @param settings extra server settings as {@code -c name=value} options, or an empty string
     */
    public static ThrowawayCluster start(Path bin, Path data, int port, String settings) throws IOException {
        run(List.of("rm", "-rf", data.toString()));
        Files.createDirectories(data);
        if (runsAsRoot()) {
            run(List.of("chown", OWNER + ":" + OWNER, data.toString()));
        }
        ThrowawayCluster cluster = new ThrowawayCluster(bin, data, port);
        cluster.asOwner(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", OWNER, "--auth=trust",
                "-E", "UTF8", "--no-locale");
        cluster.asOwner(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                data.resolve("server.log").toString(), "-o", "-p " + port + " -h 127.0.0.1 -k " + data
                        + " -c max_connections=200 " + settings, "-w", "start");
        log.info("PostgreSQL {} started on 127.0.0.1:{} in {}", cluster.version(), port, data);
        return cluster;
    }

    /** The installed version's directory name (Debian: the major version, "15"). */
    public String version() {
        return bin.getParent().getFileName().toString();
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return OWNER;
    }

    public void createDatabase(String name) throws SQLException {
        createDatabase(name, "template1");
    }

    /** A new database copied from {@code template} (names of letters, digits and underscores). */
    public void createDatabase(String name, String template) throws SQLException {
        if (!name.matches("\\w+") || !template.matches("\\w+")) {
            throw new IllegalArgumentException("not a plain database name: " + name + ", " + template);
        }
        try (Connection connection = DriverManager.getConnection(url("postgres"), OWNER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " template " + template);
        }
    }

    /**
     * Stops the server at once, without the shutdown checkpoint (its data is deleted next, so nothing needs to be
     * written), and deletes the cluster.
     */
    @Override
    public void close() throws IOException {
        asOwner(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
        run(List.of("rm", "-rf", data.toString()));
    }

    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void asOwner(String... command) throws IOException {
        List<String> full = new ArrayList<>();
        if (runsAsRoot()) {
            full.addAll(List.of("runuser", "-u", OWNER, "--"));
        }
        full.addAll(List.of(command));
        run(full);
    }

    static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " was interrupted", e);
        }
    }
}
