package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where PostgreSQL's time goes per filing in the end-to-end window, and per instance in the Camunda bound's:
 * pg_stat_statements (loaded by {@link PostgresCluster}, its view created in the maintenance database so that the
 * application's schema stays empty for Flyway) reset when the window opens and read when it closes, statements of
 * one database only, execution and planning time together. Written beside the report ({@link Scope#file()}).
 */
final class StatementProfile {

    /** Rows of the written table; the report carries the first few. */
    private static final int LISTED = 40;
    private static final int REPORTED = 10;

    record Entry(String query, long calls, double totalMs, double meanMs, long rows) {

        boolean isEngine() {
            return query.toUpperCase(Locale.ROOT).contains("ACT_");
        }
    }

    /** A table's rows and churn at the window's end (counts since the database was created), sizes in 8 kB pages. */
    record Table(String name, long live, long dead, long pages, long indexPages, long inserted, long updated,
            long hotUpdated, long deleted, long autovacuums) {
    }

    /** The statements of one window and the busiest tables at its end. */
    record Snapshot(List<Entry> entries, List<Table> tables) {

        static final Snapshot NONE = new Snapshot(List.of(), List.of());
    }

    /** What one profile is of: its heading, what it counts per (a filing, an instance), report section and file. */
    record Scope(String title, String unit, String section, String file) {
    }

    static final Scope END_TO_END = new Scope("PostgreSQL statements in the end-to-end window", "filing",
            "PostgreSQL statements", "pg-statements.md");
    static final Scope END_TO_END_LAST = new Scope("PostgreSQL statements in the last interleaved end-to-end window",
            "filing", "PostgreSQL statements of the last window", "pg-statements-last.md");
    static final Scope BOUND = new Scope("PostgreSQL statements in the Camunda bound's window", "instance",
            "PostgreSQL statements of the Camunda bound", "pg-statements-bound.md");
    static final Scope BOUND_AFTER = new Scope("PostgreSQL statements in the window of the Camunda bound after the "
            + "end to end", "instance", "PostgreSQL statements of the Camunda bound after", "pg-statements-bound-after.md");

    private static final int TABLES = 12;

    private final String adminUrl;
    private final String databaseUrl;
    private final String database;

    /** {@code adminUrl} the maintenance database's, {@code databaseUrl} the profiled database's. */
    StatementProfile(String adminUrl, String databaseUrl, String database) {
        this.adminUrl = adminUrl;
        this.databaseUrl = databaseUrl;
        this.database = database;
    }

    void install() throws SQLException {
        execute("create extension if not exists pg_stat_statements");
    }

    void reset() throws SQLException {
        execute("select pg_stat_statements_reset()");
    }

    Snapshot snapshot() throws SQLException {
        return new Snapshot(read(), tables());
    }

    /** The tables with the most rows written, with their dead rows and size: what autovacuum has to keep up with. */
    List<Table> tables() throws SQLException {
        String sql = "select relname, n_live_tup, n_dead_tup, pg_relation_size(relid) / 8192,"
                + " pg_indexes_size(relid) / 8192, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del, autovacuum_count"
                + " from pg_stat_user_tables order by n_tup_ins + n_tup_upd + n_tup_del desc limit " + TABLES;
        List<Table> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                tables.add(new Table(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9),
                        rows.getLong(10)));
            }
        }
        return tables;
    }

    private List<Entry> read() throws SQLException {
        String sql = "select s.query, s.calls, s.total_exec_time + s.total_plan_time, s.rows"
                + " from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = ?"
                + " order by 3 desc";
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "");
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, database);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long calls = rows.getLong(2);
                    double total = rows.getDouble(3);
                    entries.add(new Entry(rows.getString(1), calls, total, calls == 0 ? 0 : total / calls,
                            rows.getLong(4)));
                }
            }
        }
        return entries;
    }

    /** Writes the table and adds the largest statements to the report; {@code units} filings or instances. */
    static void record(Snapshot snapshot, long units, Scope scope, Report report, Path directory) throws IOException {
        List<Entry> entries = snapshot.entries();
        long per = Math.max(1, units);
        String unit = scope.unit();
        double all = entries.stream().mapToDouble(Entry::totalMs).sum();
        long calls = entries.stream().mapToLong(Entry::calls).sum();
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "# %s%n%n"
                + "%d %ss completed; %d statements (%.1f per %s); %.1f ms of execution and planning per %s.%n%n"
                + "| # | calls per %s | mean ms | ms per %s | share | rows per call | statement |%n"
                + "|---:|---:|---:|---:|---:|---:|---|%n", scope.title(), units, unit, calls, (double) calls / per,
                unit, all / per, unit, unit, unit));
        for (int i = 0; i < Math.min(LISTED, entries.size()); i++) {
            Entry entry = entries.get(i);
            String query = entry.query().replaceAll("\\s+", " ").replace("|", "\\|");
            table.append(String.format(Locale.ROOT, "| %d | %.2f | %.3f | %.3f | %.1f %% | %.1f | `%s` |%n", i + 1,
                    (double) entry.calls() / per, entry.meanMs(), entry.totalMs() / per,
                    100 * entry.totalMs() / all, entry.calls() == 0 ? 0.0 : (double) entry.rows() / entry.calls(),
                    query.length() > 300 ? query.substring(0, 300) + " ..." : query));
            if (i < REPORTED) {
                report.row(scope.section(), "#" + (i + 1) + " " + abbreviate(query),
                        String.format(Locale.ROOT, "%.2f calls/%s, mean %.3f ms", (double) entry.calls() / per, unit,
                                entry.meanMs()), 100 * entry.totalMs() / all, "% of statement time", "");
            }
        }
        report.row(scope.section(), "execution and planning per " + unit, calls / per + " statements per " + unit,
                all / per, "ms", "pg_stat_statements");
        double engine = entries.stream().filter(Entry::isEngine).mapToDouble(Entry::totalMs).sum();
        long engineCalls = entries.stream().filter(Entry::isEngine).mapToLong(Entry::calls).sum();
        report.row(scope.section(), "of it the process engine's (tables ACT_*)", engineCalls / per
                + " statements per " + unit, engine / per, "ms", "");
        report.row(scope.section(), "of it the application's", (calls - engineCalls) / per + " statements per " + unit,
                (all - engine) / per, "ms", "");
        table.append(String.format(Locale.ROOT, "%n## The busiest tables at the window's end%n%n"
                + "Counts since the database was created; sizes in 8 kB pages.%n%n| table | live rows | dead rows | "
                + "pages | index pages | inserted | updated (HOT) | deleted | autovacuums |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|%n"));
        for (Table t : snapshot.tables()) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d (%d) | %d | %d |%n", t.name(),
                    t.live(), t.dead(), t.pages(), t.indexPages(), t.inserted(), t.updated(), t.hotUpdated(),
                    t.deleted(), t.autovacuums()));
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(scope.file()), table);
    }

    private static String abbreviate(String query) {
        return query.length() > 90 ? query.substring(0, 90) + " ..." : query;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
