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
 * What the two-node check counts beyond the crash check: per valid filing one RELEASED after its vessel's arrival,
 * one assessment per filing version (a Camunda job run twice with effect would write two), per referred filing one
 * clerk's decision and no task left open or lost, per container one notice of each status to the terminal, every
 * arrival recorded. Each count is of something that must not happen.
 */
final class ClusterCheck {

    private final Map<String, Integer> problems = new LinkedHashMap<>();

    Map<String, Integer> problems() {
        return problems;
    }

    void checkWire(Traffic traffic, NoticeLedger ledger) {
        for (int i = 0; i < traffic.count(); i++) {
            if (!Traffic.invalid(i)) {
                count("wire: RELEASED missing", ledger.count(traffic.messageId(i), "RELEASED") == 0);
                count("wire: RELEASED doubled", ledger.count(traffic.messageId(i), "RELEASED") > 1);
            }
        }
    }

    void checkDatabase(String url, Traffic traffic, String carrierId, int vessels) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            Map<String, Integer> assessments = counts(db, "select c.lrn, max(n) from clearance_case c join (select mrn, "
                    + "filing_version, count(*) n from assessment group by mrn, filing_version) a on a.mrn = c.mrn "
                    + "where c.carrier_id = ? group by c.lrn", carrierId);
            Map<String, Integer> decisions = counts(db, "select c.lrn, count(d.id) from clearance_case c join "
                    + "officer_decision d on d.mrn = c.mrn where c.carrier_id = ? group by c.lrn", carrierId);
            Map<String, Integer> released = counts(db, "select c.lrn, count(*) from clearance_case c join notice n on "
                    + "n.mrn = c.mrn where c.carrier_id = ? and n.notice_type = 'RELEASED' group by c.lrn", carrierId);
            Map<String, Integer> terminalReleased = counts(db, "select c.lrn, count(distinct p.container_number) from "
                    + "clearance_case c join pcs_notice p on p.mrn = c.mrn where c.carrier_id = ? and "
                    + "p.container_status = 'RELEASED' group by c.lrn", carrierId);
            Map<String, Integer> terminalDoubled = counts(db, "select lrn, count(*) from (select c.lrn from "
                    + "clearance_case c join pcs_notice p on p.mrn = c.mrn where c.carrier_id = ? group by c.lrn, "
                    + "p.container_number, p.container_status having count(*) > 1) d group by lrn", carrierId);
            for (int i = 0; i < traffic.count(); i++) {
                if (Traffic.invalid(i)) {
                    continue;
                }
                String lrn = traffic.lrn(i);
                count("database: assessment missing", assessments.getOrDefault(lrn, 0) == 0);
                count("database: filing version assessed twice (job run twice)", assessments.getOrDefault(lrn, 0) > 1);
                count("database: RELEASED notice missing or doubled", released.getOrDefault(lrn, 0) != 1);
                count("database: container without RELEASED to the terminal",
                        terminalReleased.getOrDefault(lrn, 0) != Traffic.CONSIGNMENTS);
                count("database: notice to the terminal doubled", terminalDoubled.getOrDefault(lrn, 0) > 0);
                if (ClusterFilings.referred(i)) {
                    count("database: referral without the clerk's decision (task lost)", decisions.getOrDefault(lrn, 0) == 0);
                    count("database: referral decided twice", decisions.getOrDefault(lrn, 0) > 1);
                } else {
                    count("database: decision on a filing never referred", decisions.getOrDefault(lrn, 0) > 0);
                }
            }
            problems.put("database: user tasks still open", single(db, "select count(*) from act_ru_task"));
            problems.put("database: arrivals not recorded", vessels - single(db, "select count(*) from port_call_event "
                    + "where event_id like 'pcs-bench-arrival-%'"));
            problems.put("database: notices to the terminal never published", single(db, "select count(*) from "
                    + "pcs_notice where published_at is null"));
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
