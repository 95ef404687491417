package org.portcullis.benchmark;

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
 * A throw-away PostgreSQL cluster on 127.0.0.1 (Debian's binaries), created fresh for one run: initdb, pg_ctl start,
 * stop and delete at the end. Runs as the postgres user when the harness runs as root (initdb refuses root).
 * Its settings are PostgreSQL's defaults (fsync and synchronous commit on): figures on it are durable ones.
 */
final class PostgresCluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresCluster.class);
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");
    /**
     * What a production database for this load would change from PostgreSQL's defaults (docs/performance.md): large
     * documents compressed with lz4 instead of pglz, a buffer cache that holds the working set, and checkpoints
     * spread out so that fewer full pages are written to the WAL; autovacuum looking at each database every 10 s
     * (default a minute): the engine's job table takes and deletes a hundred rows a second while holding a few
     * hundred, and every job acquisition reads all of its pages, dead rows too. pg_stat_statements is loaded so that
     * the benchmark can say which statements a filing's database time goes to ({@link StatementProfile}).
     */
    static final String SETTINGS = "-c default_toast_compression=lz4 -c shared_buffers=1GB -c max_wal_size=8GB "
            + "-c checkpoint_timeout=15min -c autovacuum_naptime=10s -c shared_preload_libraries=pg_stat_statements "
            + "-c pg_stat_statements.track_planning=on";

    private final Path bin;
    private final Path data;
    private final int port;

    private PostgresCluster(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** The postmaster's process id (the first line of {@code postmaster.pid}). */
    long pid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    }

    /** The newest installed PostgreSQL's bin directory, or null when there is none. */
    static Path installedBinaries() {
        try (var versions = Files.list(DEBIAN)) {
            return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Path::compareTo).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    static PostgresCluster start(Path work, int port) throws Exception {
        Path bin = installedBinaries();
        if (bin == null) {
            throw new IllegalStateException("PostgreSQL is not installed (apt-get install postgresql); or run with -Dbench.database=h2");
        }
        Path data = work.resolve("postgres-" + port);
        run(List.of("rm", "-rf", data.toString()));
        Files.createDirectories(data);
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", data.toString()));
        }
        PostgresCluster cluster = new PostgresCluster(bin, data, port);
        cluster.asOwner(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--no-locale");
        cluster.asOwner(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-o", "-p " + port + " -h 127.0.0.1 -k " + data + " -c max_connections=200 " + SETTINGS, "-w", "start");
        log.info("PostgreSQL {} started on 127.0.0.1:{} in {}", bin.getParent().getFileName(), port, data);
        return cluster;
    }

    String version() {
        return bin.getParent().getFileName().toString();
    }

    /** As the production profile connects: batches sent as multi-row inserts (application-production.yml). */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?reWriteBatchedInserts=true";
    }

    void createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    /**
     * Copies the process engine's tables (their rows, indexes and constraints) from one database into another that
     * has none yet, with pg_dump and pg_restore; the dump file is removed afterwards.
     */
    void copyEngineTables(String from, String to) throws Exception {
        Path dump = data.resolve("engine-tables-" + from + ".dump");
        String port = String.valueOf(this.port);
        asOwner(bin.resolve("pg_dump").toString(), "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-Fc",
                "-t", "act_*", "-f", dump.toString(), from);
        asOwner(bin.resolve("pg_restore").toString(), "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-d", to,
                "--no-owner", dump.toString());
        Files.deleteIfExists(dump);
    }

    /** Vacuums a database and writes a checkpoint, so that no autovacuum or checkpoint of earlier work runs later. */
    void settle(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(database), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze)");
            statement.execute("checkpoint");
        }
    }

    /** The rows of a table of a database. */
    long count(String database, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(database), "postgres", "");
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        asOwner(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop");
        run(List.of("rm", "-rf", data.toString()));
    }

    private void asOwner(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
