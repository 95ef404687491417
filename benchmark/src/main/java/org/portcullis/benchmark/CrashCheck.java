package org.portcullis.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * After a crash run: what the carrier received (the notice ledger) and what the database holds, for every message
 * of the traffic. Each count is of something that must not happen; the run passes when all are zero.
 */
final class CrashCheck {

    private final Map<String, Integer> problems = new LinkedHashMap<>();
    private final String settledStatus;

    CrashCheck() {
        this("ASSESSED");
    }

    /** A check in which every valid filing's case ends in {@code settledStatus} (ASSESSED, or RELEASED after arrival). */
    CrashCheck(String settledStatus) {
        this.settledStatus = settledStatus;
    }

    Map<String, Integer> problems() {
        return problems;
    }

    boolean passed() {
        return problems.values().stream().allMatch(count -> count == 0);
    }

    void checkWire(Traffic traffic, NoticeLedger ledger, int deadLetters) {
        for (int i = 0; i < traffic.count(); i++) {
            String id = traffic.messageId(i);
            String answer = Traffic.invalid(i) ? "REJECTED" : "ACCEPTED";
            String wrong = Traffic.invalid(i) ? "ACCEPTED" : "REJECTED";
            count("wire: answer missing", ledger.count(id, answer) == 0);
            count("wire: answer doubled", ledger.count(id, answer) > 1);
            count("wire: wrong answer", ledger.count(id, wrong) > 0);
            if (!Traffic.invalid(i)) {
                count("wire: ASSESSMENT_COMPLETE missing", ledger.count(id, "ASSESSMENT_COMPLETE") == 0);
                count("wire: ASSESSMENT_COMPLETE doubled", ledger.count(id, "ASSESSMENT_COMPLETE") > 1);
            }
        }
        problems.put("wire: repeated answers (repeatsNoticeId)", ledger.repeats());
        problems.put("filings on the dead-letter queue", deadLetters);
    }

    void checkDatabase(String url, String user, String password, Traffic traffic, String carrierId) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            Map<String, Integer> inbound = counts(db, "select message_id, count(*) from inbound_message "
                    + "where carrier_id = ? group by message_id", carrierId);
            Map<String, Integer> cases = counts(db, "select lrn, count(*) from clearance_case where carrier_id = ? "
                    + "group by lrn", carrierId);
            Map<String, Integer> assessed = counts(db, "select lrn, count(*) from clearance_case where carrier_id = ? "
                    + "and status = '" + settledStatus + "' group by lrn", carrierId);
            Map<String, Integer> answers = counts(db, "select correlation_id, count(*) from notice where carrier_id = ? "
                    + "and notice_type in ('ACCEPTED', 'REJECTED') and body not like '%repeatsNoticeId%' "
                    + "group by correlation_id", carrierId);
            Map<String, Integer> completes = counts(db, "select correlation_id, count(*) from notice "
                    + "where carrier_id = ? and notice_type = 'ASSESSMENT_COMPLETE' group by correlation_id", carrierId);
            for (int i = 0; i < traffic.count(); i++) {
                String id = traffic.messageId(i);
                String lrn = traffic.lrn(i);
                count("database: inbound message missing", inbound.getOrDefault(id, 0) == 0);
                count("database: inbound message doubled", inbound.getOrDefault(id, 0) > 1);
                count("database: answer notice missing", answers.getOrDefault(id, 0) == 0);
                count("database: answer notice doubled", answers.getOrDefault(id, 0) > 1);
                if (Traffic.invalid(i)) {
                    count("database: case opened for an invalid filing", cases.getOrDefault(lrn, 0) > 0);
                } else {
                    count("database: case missing", cases.getOrDefault(lrn, 0) == 0);
                    count("database: case doubled", cases.getOrDefault(lrn, 0) > 1);
                    count("database: case not " + settledStatus, assessed.getOrDefault(lrn, 0) == 0);
                    count("database: ASSESSMENT_COMPLETE notice missing or doubled", completes.getOrDefault(id, 0) != 1);
                }
            }
            problems.put("database: notices never published", single(db, "select count(*) from notice "
                    + "where published_at is null"));
            problems.put("database: Camunda incidents", single(db, "select count(*) from act_ru_incident"));
            problems.put("database: Camunda jobs failing", single(db, "select count(*) from act_ru_job "
                    + "where exception_msg_ is not null"));
        }
    }

    private void count(String problem, boolean happened) {
        problems.merge(problem, happened ? 1 : 0, Integer::sum);
    }

    private static Map<String, Integer> counts(Connection db, String sql, String carrierId) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, carrierId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private static int single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
