package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the rolling-upgrade check counts beyond the crash check, each a count of something that must not happen: an
 * HTTP filing without the answer its validity calls for, a repeat answered otherwise than the first time, a page of
 * a node that does not answer 200, and in a node's log a Flyway validation failure or an SQL statement the schema
 * refused (a column or table the node reads that a migration removed, as V43 did).
 */
final class UpgradeCheck {

    private static final List<String> PAGES = List.of("/dashboard", "/cases", "/tasks");
    static final String SUPERVISOR = "supervisor";

    private final CheckCounts problems;

    UpgradeCheck(CheckCounts problems) {
        this.problems = problems;
    }

    CheckCounts counts() {
        return problems;
    }

    /** Waits until every valid filing of {@code traffics} has its ASSESSMENT_COMPLETE notice, or the time is up. */
    void awaitAssessed(String database, String carrierId, List<Traffic> traffics, long timeoutMillis)
            throws SQLException, InterruptedException {
        int valid = 0;
        for (Traffic traffic : traffics) {
            for (int i = 0; i < traffic.count(); i++) {
                valid += Traffic.invalid(i) ? 0 : 1;
            }
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try (Connection db = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement completes = db.prepareStatement("select count(distinct correlation_id) from notice "
                     + "where carrier_id = ? and notice_type = 'ASSESSMENT_COMPLETE'")) {
            completes.setString(1, carrierId);
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rows = completes.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= valid) {
                        return;
                    }
                }
                Thread.sleep(1000);
            }
        }
    }

    /** Valid filings ACCEPTED with an MRN (201), invalid ones REJECTED (422); a repeat gets the first answer again. */
    void checkAnswers(Traffic traffic, HttpCarrier carrier) {
        for (int i = 0; i < traffic.count(); i++) {
            HttpCarrier.Answer answer = carrier.answer(traffic.messageId(i));
            boolean expected = answer != null && (Traffic.invalid(i)
                    ? answer.status() == 422 && "REJECTED".equals(answer.type())
                    : answer.status() == 201 && "ACCEPTED".equals(answer.type()) && answer.mrn() != null);
            problems.count("http: answer missing or not the one its validity calls for", !expected);
            HttpCarrier.Answer repeat = carrier.repeat(traffic.messageId(i));
            problems.count("http: repeat to the other node answered otherwise than the first time", repeat != null
                    && (answer == null || !Objects.equals(repeat.type(), answer.type())
                    || !Objects.equals(repeat.mrn(), answer.mrn())));
        }
    }

    /**
     * The supervisor's pages that query the database on one node: dashboard, case list, inbox, and the case file of
     * the first case of every batch (taken in by either node).
     */
    void checkPages(String node, int port, List<Traffic> traffics, HttpCarrier carrier)
            throws IOException, InterruptedException {
        OfficerSession supervisor = new OfficerSession(port, SUPERVISOR, SUPERVISOR);
        for (String page : PAGES) {
            problems.count(node + ": " + page + " not 200", supervisor.page(page) != 200);
        }
        for (Traffic traffic : traffics) {
            HttpCarrier.Answer first = carrier.answer(traffic.messageId(0));
            problems.count(node + ": case file of a case of " + traffic.prefix() + " not 200",
                    first == null || first.mrn() == null || supervisor.page("/cases/" + first.mrn()) != 200);
        }
    }

    /** Flyway validation failures and statements the schema refused, in one node's log. */
    void checkLog(String node, Path logFile) throws IOException {
        problems.set(node + ": Flyway validation failures in its log", count(logFile,
                line -> line.contains("FlywayValidateException") || line.contains("Validate failed")));
        problems.set(node + ": SQL refused by the schema in its log (missing column or table)", count(logFile,
                line -> line.contains("BadSqlGrammarException") || (line.contains("PSQLException")
                        && line.contains("does not exist"))));
    }

    /** What Flyway said about the schema on the node's starts (up to date, or newer than its migrations). */
    List<String> flywayLines(Path logFile) throws IOException {
        try (Stream<String> lines = Files.lines(logFile)) {
            return lines.filter(line -> line.contains("newer than the latest available migration")
                    || line.contains("is up to date") || line.contains("Successfully applied")
                    || line.contains("Current version of schema") || line.contains("Validate failed")
                    || line.contains("checksum mismatch")).map(UpgradeCheck::message).toList();
        }
    }

    private static int count(Path logFile, Predicate<String> match) throws IOException {
        try (Stream<String> lines = Files.lines(logFile)) {
            return (int) lines.filter(match).count();
        }
    }

    /** The message of a log line, without time, level and logger (plain or JSON lines). */
    private static String message(String line) {
        int json = line.indexOf("\"message\":\"");
        if (json >= 0) {
            String rest = line.substring(json + 11);
            return rest.substring(0, Math.max(0, rest.indexOf('"')));
        }
        int colon = line.indexOf(" : ");
        return colon >= 0 ? line.substring(colon + 3).strip() : line.strip();
    }
}
