package org.portcullis.benchmark;

import static org.portcullis.benchmark.CheckCounts.byKey;
import static org.portcullis.benchmark.CheckCounts.single;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * What the two-node check counts beyond the crash check: per valid filing one RELEASED after its vessel's arrival
 * (none missing, none doubled: a case stuck without its arrival, or told twice), one assessment per filing version (a
 * Camunda job run twice with effect would write two), per referred filing one clerk's decision and no task left open
 * or lost, per container one notice of each status to the terminal; every arrival and departure recorded, no case
 * that only the missed-arrival sweep released, nothing issued for a case after its ship departed. Each count is of
 * something that must not happen, into the run's {@link CheckCounts}.
 */
final class ClusterCheck {

    private final CheckCounts problems;

    ClusterCheck(CheckCounts problems) {
        this.problems = problems;
    }

    void checkWire(Traffic traffic, NoticeLedger ledger) {
        for (int i = 0; i < traffic.count(); i++) {
            if (!Traffic.invalid(i)) {
                problems.count("wire: RELEASED missing", ledger.count(traffic.messageId(i), "RELEASED") == 0);
                problems.count("wire: RELEASED doubled", ledger.count(traffic.messageId(i), "RELEASED") > 1);
            }
        }
    }

    void checkDatabase(String url, Traffic traffic, String carrierId) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            Map<String, Integer> assessments = byKey(db, "select c.lrn, max(n) from clearance_case c join (select mrn, "
                    + "filing_version, count(*) n from assessment group by mrn, filing_version) a on a.mrn = c.mrn "
                    + "where c.carrier_id = ? group by c.lrn", carrierId);
            Map<String, Integer> decisions = byKey(db, "select c.lrn, count(d.id) from clearance_case c join "
                    + "officer_decision d on d.mrn = c.mrn where c.carrier_id = ? group by c.lrn", carrierId);
            Map<String, Integer> released = byKey(db, "select c.lrn, count(*) from clearance_case c join notice n on "
                    + "n.mrn = c.mrn where c.carrier_id = ? and n.notice_type = 'RELEASED' group by c.lrn", carrierId);
            Map<String, Integer> terminalReleased = byKey(db, "select c.lrn, count(distinct p.container_number) from "
                    + "clearance_case c join pcs_notice p on p.mrn = c.mrn where c.carrier_id = ? and "
                    + "p.container_status = 'RELEASED' group by c.lrn", carrierId);
            Map<String, Integer> terminalDoubled = byKey(db, "select lrn, count(*) from (select c.lrn from "
                    + "clearance_case c join pcs_notice p on p.mrn = c.mrn where c.carrier_id = ? group by c.lrn, "
                    + "p.container_number, p.container_status having count(*) > 1) d group by lrn", carrierId);
            for (int i = 0; i < traffic.count(); i++) {
                if (Traffic.invalid(i)) {
                    continue;
                }
                String lrn = traffic.lrn(i);
                problems.count("database: assessment missing", assessments.getOrDefault(lrn, 0) == 0);
                problems.count("database: filing version assessed twice (job run twice)",
                        assessments.getOrDefault(lrn, 0) > 1);
                problems.count("arrival: case of an arrived ship without RELEASED (stuck)",
                        released.getOrDefault(lrn, 0) == 0);
                problems.count("arrival: case RELEASED twice", released.getOrDefault(lrn, 0) > 1);
                problems.count("database: container without RELEASED to the terminal",
                        terminalReleased.getOrDefault(lrn, 0) != Traffic.CONSIGNMENTS);
                problems.count("database: notice to the terminal doubled", terminalDoubled.getOrDefault(lrn, 0) > 0);
                if (ClusterFilings.referred(i)) {
                    problems.count("database: referral without the clerk's decision (task lost)",
                            decisions.getOrDefault(lrn, 0) == 0);
                    problems.count("database: referral decided twice", decisions.getOrDefault(lrn, 0) > 1);
                } else {
                    problems.count("database: decision on a filing never referred", decisions.getOrDefault(lrn, 0) > 0);
                }
            }
            problems.set("database: user tasks still open", single(db, "select count(*) from act_ru_task"));
            problems.set("database: notices to the terminal never published", single(db, "select count(*) from "
                    + "pcs_notice where published_at is null"));
            checkPortCalls(db, traffic.count(), carrierId);
        }
    }

    /** Every ship's arrival and departure recorded once; a departure (of a ship whose cases were all RELEASED) changes nothing. */
    private void checkPortCalls(Connection db, int filings, String carrierId) throws SQLException {
        int vessels = ClusterFilings.vessels(filings);
        problems.set("arrivals not recorded", vessels - single(db, "select count(*) from port_call_event "
                + "where event_id like '" + PcsPort.ARRIVAL + "%'"));
        problems.set("departures not recorded", vessels - single(db, "select count(*) from port_call_event "
                + "where event_id like '" + PcsPort.DEPARTURE + "%'"));
        problems.set("departure: notice issued for a case after its ship departed", byKey(db, "select c.carrier_id, "
                + "count(*) from clearance_case c join port_call_event e on e.vessel_imo = c.vessel_imo and "
                + "e.event_type = 'VESSEL_DEPARTED' join notice n on n.mrn = c.mrn and n.created_at > e.received_at "
                + "where c.carrier_id = ? group by c.carrier_id", carrierId).getOrDefault(carrierId, 0));
    }

    /** Cases the missed-arrival sweep found waiting for an arrival that was recorded (the port call's lock should leave none). */
    void checkSweep(int sweptCases) {
        problems.set("arrival: cases only the missed-arrival sweep released", sweptCases);
    }
}
