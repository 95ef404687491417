package org.portcullis.casework.agency;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency's retention period (its agreement's {@code retention}) applied to what it keeps: its entries in the
 * access log older than the period, and its assessments, decisions and states on closed cases whose last change is
 * older than the period. Safe to run twice or on two nodes at once.
 */
@Component
public class AgencyRetention {

    private static final List<String> CLOSED = List.of("RELEASED", "SEIZED", "CANCELLED");

    private final JdbcClient jdbc;
    private final Agencies agencies;

    public AgencyRetention(JdbcClient jdbc, Agencies agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /** Applies every agency's period; answers how many rows were erased. */
    @Transactional
    public int apply(Instant now) {
        int erased = 0;
        for (Agency agency : agencies.all()) {
            Instant before = now.atOffset(ZoneOffset.UTC).minus(agency.agreement().retention()).toInstant();
            erased += jdbc.sql("delete from personal_data_access where agency = ? and accessed_at < ?")
                    .params(agency.id(), utc(before)).update();
            String closedCases = "(select mrn from clearance_case where status in (:closed) and updated_at < :before)";
            for (String table : List.of("agency_finding", "agency_screening_match")) {
                erased += jdbc.sql("delete from " + table + " where assessment_id in (select id from agency_assessment "
                                + "where agency = :agency and mrn in " + closedCases + ")")
                        .param("agency", agency.id()).param("closed", CLOSED).param("before", utc(before)).update();
            }
            for (String table : List.of("agency_assessment", "agency_decision", "agency_clearance")) {
                erased += jdbc.sql("delete from " + table + " where agency = :agency and mrn in " + closedCases)
                        .param("agency", agency.id()).param("closed", CLOSED).param("before", utc(before)).update();
            }
        }
        return erased;
    }
}
