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
 * Where PostgreSQL's time goes per filing in the end-to-end window: pg_stat_statements (loaded by
 * {@link PostgresCluster}, its view created in the maintenance database so that the application's schema stays
 * empty for Flyway) reset when the window opens and read when it closes, statements of the application's database
 * only, execution and planning time together. Written to {@code pg-statements.md} beside the report.
 */
final class StatementProfile {

    /** Rows of the written table; the report carries the first few. */
    private static final int LISTED = 40;
    private static final int REPORTED = 10;

    record Entry(String query, long calls, double totalMs, double meanMs, long rows) {
    }

    private final String adminUrl;
    private final String database;

    StatementProfile(String adminUrl, String database) {
        this.adminUrl = adminUrl;
        this.database = database;
    }

    void install() throws SQLException {
        execute("create extension if not exists pg_stat_statements");
    }

    void reset() throws SQLException {
        execute("select pg_stat_statements_reset()");
    }

    List<Entry> read() throws SQLException {
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

    /** Writes the table and adds the largest statements to the report. */
    static void record(List<Entry> entries, long filings, Report report, Path directory) throws IOException {
        double all = entries.stream().mapToDouble(Entry::totalMs).sum();
        long calls = entries.stream().mapToLong(Entry::calls).sum();
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "# PostgreSQL statements in the end-to-end window%n%n"
                + "%d filings completed; %d statements (%.1f per filing); %.1f ms of execution and planning per "
                + "filing.%n%n| # | calls per filing | mean ms | ms per filing | share | rows per call | statement |%n"
                + "|---:|---:|---:|---:|---:|---:|---|%n", filings, calls, (double) calls / filings, all / filings));
        for (int i = 0; i < Math.min(LISTED, entries.size()); i++) {
            Entry entry = entries.get(i);
            String query = entry.query().replaceAll("\\s+", " ").replace("|", "\\|");
            table.append(String.format(Locale.ROOT, "| %d | %.2f | %.3f | %.3f | %.1f %% | %.1f | `%s` |%n", i + 1,
                    (double) entry.calls() / filings, entry.meanMs(), entry.totalMs() / filings,
                    100 * entry.totalMs() / all, entry.calls() == 0 ? 0.0 : (double) entry.rows() / entry.calls(),
                    query.length() > 300 ? query.substring(0, 300) + " ..." : query));
            if (i < REPORTED) {
                report.row("PostgreSQL statements", "#" + (i + 1) + " " + abbreviate(query),
                        String.format(Locale.ROOT, "%.2f calls/filing, mean %.3f ms", (double) entry.calls() / filings,
                                entry.meanMs()), 100 * entry.totalMs() / all, "% of statement time", "");
            }
        }
        report.row("PostgreSQL statements", "execution and planning per filing", calls / Math.max(1, filings)
                + " statements per filing", all / filings, "ms", "pg_stat_statements");
        double engine = entries.stream().filter(StatementProfile::isEngine).mapToDouble(Entry::totalMs).sum();
        long engineCalls = entries.stream().filter(StatementProfile::isEngine).mapToLong(Entry::calls).sum();
        report.row("PostgreSQL statements", "of it the process engine's (tables ACT_*)", engineCalls
                / Math.max(1, filings) + " statements per filing", engine / filings, "ms", "");
        report.row("PostgreSQL statements", "of it the application's", (calls - engineCalls) / Math.max(1, filings)
                + " statements per filing", (all - engine) / filings, "ms", "");
        Files.writeString(directory.resolve("pg-statements.md"), table);
    }

    private static boolean isEngine(Entry entry) {
        return entry.query().toUpperCase(Locale.ROOT).contains("ACT_");
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
