package org.portcullis.benchmark;

import static org.portcullis.benchmark.CheckCounts.byKey;
import static org.portcullis.benchmark.CheckCounts.single;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * After a crash run: what the carrier received (the notice ledger) and what the database holds, for every message
 * of the traffic. Each count is of something that must not happen; the run passes when all are zero.
 */
final class CrashCheck {

    private final CheckCounts problems;
    private final String settledStatus;
    private final Map<String, Integer> leavesByKind = new TreeMap<>();

    CrashCheck() {
        this("ASSESSED", new CheckCounts());
    }

    /**
     * A check in which every valid filing's case ends in {@code settledStatus} (ASSESSED, or RELEASED after arrival),
     * counting into {@code problems} (shared with the other checks of a run, and with each carrier of it).
     */
    CrashCheck(String settledStatus, CheckCounts problems) {
        this.settledStatus = settledStatus;
        this.problems = problems;
    }

    CheckCounts counts() {
        return problems;
    }

    Map<String, Integer> problems() {
        return problems.problems();
    }

    boolean passed() {
        return problems.passed();
    }

    /** How many leaves of each kind the log held when the database was last checked (for the report). */
    Map<String, Integer> leavesByKind() {
        return leavesByKind;
    }

    /** What the carrier of {@code traffic} received; a run with several carriers checks each in turn. */
    void checkWire(Traffic traffic, NoticeLedger ledger) {
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
        problems.add("wire: repeated answers (repeatsNoticeId)", ledger.repeats());
    }

    /** The messages taken off the filings' dead-letter queue at the end of the run. */
    void checkDeadLetters(int deadLetters) {
        problems.set("filings on the dead-letter queue", deadLetters);
    }

    void checkDatabase(String url, String user, String password, Traffic traffic, String carrierId) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            Map<String, Integer> inbound = byKey(db, "select message_id, count(*) from inbound_message "
                    + "where carrier_id = ? group by message_id", carrierId);
            Map<String, Integer> cases = byKey(db, "select lrn, count(*) from clearance_case where carrier_id = ? "
                    + "group by lrn", carrierId);
            Map<String, Integer> assessed = byKey(db, "select lrn, count(*) from clearance_case where carrier_id = ? "
                    + "and status = '" + settledStatus + "' group by lrn", carrierId);
            Map<String, Integer> answers = byKey(db, "select correlation_id, count(*) from notice where carrier_id = ? "
                    + "and notice_type in ('ACCEPTED', 'REJECTED') and body not like '%repeatsNoticeId%' "
                    + "group by correlation_id", carrierId);
            Map<String, Integer> completes = byKey(db, "select correlation_id, count(*) from notice "
                    + "where carrier_id = ? and notice_type = 'ASSESSMENT_COMPLETE' group by correlation_id", carrierId);
            String messageRef = "message/" + carrierId + "/";
            Map<String, Integer> messageLeaves = byKey(db, "select ref, count(*) from ledger_leaf "
                    + "where kind = 'MESSAGE_RECEIVED' and ref like ? group by ref", messageRef + "%");
            for (int i = 0; i < traffic.count(); i++) {
                String id = traffic.messageId(i);
                String lrn = traffic.lrn(i);
                count("database: inbound message missing", inbound.getOrDefault(id, 0) == 0);
                count("database: inbound message doubled", inbound.getOrDefault(id, 0) > 1);
                count("database: answer notice missing", answers.getOrDefault(id, 0) == 0);
                count("database: answer notice doubled", answers.getOrDefault(id, 0) > 1);
                count("log: message leaf missing", messageLeaves.getOrDefault(messageRef + id, 0) == 0);
                count("log: message leaf doubled", messageLeaves.getOrDefault(messageRef + id, 0) > 1);
                if (Traffic.invalid(i)) {
                    count("database: case opened for an invalid filing", cases.getOrDefault(lrn, 0) > 0);
                } else {
                    count("database: case missing", cases.getOrDefault(lrn, 0) == 0);
                    count("database: case doubled", cases.getOrDefault(lrn, 0) > 1);
                    count("database: case not " + settledStatus, assessed.getOrDefault(lrn, 0) == 0);
                    count("database: ASSESSMENT_COMPLETE notice missing or doubled", completes.getOrDefault(id, 0) != 1);
                }
            }
            problems.set("database: notices never published", single(db, "select count(*) from notice "
                    + "where published_at is null"));
            checkLog(db);
            problems.set("database: Camunda incidents", single(db, "select count(*) from act_ru_incident"));
            problems.set("database: Camunda jobs failing", single(db, "select count(*) from act_ru_job "
                    + "where exception_msg_ is not null"));
        }
    }

    /**
     * The tamper-evident log (docs/ledger.md): dense indexes, every entry sequenced, no reference twice (a redress
     * record's steps share one), and for every kind of leaf as many leaves as rows of what it records: each notice (to
     * carriers and to the port community system) and certificate by its reference, each redress record's steps, and
     * the decisions, inspection orders, rule sets put live and personal data accesses by their number (their leaves
     * carry no reference).
     */
    private void checkLog(Connection db) throws SQLException {
        problems.set("log: gap in the leaf indexes", single(db, "select coalesce(max(leaf_index) + 1, 0) - count(*) "
                + "from ledger_leaf"));
        problems.set("log: entries never sequenced", single(db, "select count(*) from ledger_pending"));
        problems.set("log: reference with two leaves (any kind but redress steps)", single(db, "select count(*) from "
                + "(select ref from ledger_leaf where ref is not null and kind <> 'REDRESS_DECISION' "
                + "group by ref having count(*) > 1) d"));
        problems.set("log: notice without its leaf", single(db, "select count(*) from notice n where not exists "
                + "(select 1 from ledger_leaf l where l.ref = 'notice/' || n.notice_id)"));
        problems.set("log: notice leaf doubled", single(db, "select count(*) from (select ref from ledger_leaf "
                + "where kind = 'NOTICE_ISSUED' group by ref having count(*) > 1) doubled"));
        problems.set("log: notice to the port community system without its leaf", single(db, "select count(*) from "
                + "(select notice_id from pcs_notice union all select notice_id from pcs_free_pratique_notice) n "
                + "where not exists (select 1 from ledger_leaf l where l.ref = 'pcs-notice/' || n.notice_id)"));
        problems.set("log: notice to the port community system leaf doubled", single(db, "select count(*) from "
                + "(select ref from ledger_leaf where kind = 'PCS_NOTICE_ISSUED' group by ref having count(*) > 1) d"));
        problems.set("log: clearance certificate without its leaf", single(db, "select count(*) from "
                + "clearance_certificate c where not exists (select 1 from ledger_leaf l "
                + "where l.ref = 'certificate/' || c.certificate_id)"));
        problems.set("log: redress step without its leaf, or leaf without its step", single(db, "select coalesce("
                + "sum(abs(r.steps - (select count(*) from ledger_leaf l where l.ref = 'redress/' || r.id))), 0) from "
                + "(select id, 1 + case when approved_at is null then 0 else 1 end + case when rejected_at is null "
                + "then 0 else 1 end + case when revoked_at is null then 0 else 1 end as steps from redress_record) r"));
        leavesByKind.clear();
        try (var statement = db.prepareStatement("select kind, count(*) from ledger_leaf group by kind");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                leavesByKind.put(rows.getString(1), rows.getInt(2));
            }
        }
        leavesAsRows(db, "MESSAGE_RECEIVED", "messages received", "select count(*) from inbound_message");
        leavesAsRows(db, "OFFICER_DECISION", "officer decisions (customs', inspection results, agencies')",
                "select (select count(*) from officer_decision) + (select count(*) from inspection where "
                        + "recorded_at is not null) + (select count(*) from agency_decision)");
        leavesAsRows(db, "INSPECTION_ORDERED", "inspection orders", "select count(*) from inspection");
        leavesAsRows(db, "RULE_SET_LIVE", "rule sets put live", "select count(*) from rule_set_activation");
        leavesAsRows(db, "PERSONAL_DATA_ACCESSED", "personal data accesses", "select count(*) from "
                + "personal_data_access");
    }

    /** Counts the difference between the leaves of {@code kind} and the rows {@code rowsSql} counts. */
    private void leavesAsRows(Connection db, String kind, String what, String rowsSql) throws SQLException {
        problems.set("log: " + what + " and their " + kind + " leaves differ by",
                Math.abs(leavesByKind.getOrDefault(kind, 0) - single(db, rowsSql)));
    }

    private void count(String problem, boolean happened) {
        problems.count(problem, happened);
    }
}
