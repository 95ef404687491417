package org.portcullis.casework.retention;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one closed case past its retention: every row Portcullis keeps about it, children before parents, in one
 * transaction (all of it, or nothing). The workflow engine's history of the case ends by its own history time to
 * live (the BPMN's {@code historyTimeToLive}).
 */
@Component
class CaseErasure {

    private static final List<String> BY_ASSESSMENT = List.of("assessment_finding", "assessment_consignment",
            "screening_match");
    private static final List<String> BY_AGENCY_ASSESSMENT = List.of("agency_finding", "agency_screening_match");
    private static final List<String> BY_CASE = List.of("filing_goods_line", "filing_goods_line_backfill",
            "filing_person", "filing_person_backfill",
            "assessment", "agency_assessment", "agency_decision", "agency_clearance", "officer_decision", "inspection",
            "information_answer", "pcs_notice", "pcs_free_pratique_notice", "notice", "filed_lrn", "case_subject", "case_reassessment",
            "case_reassessment_request", "vessel_silence", "filing_version", "inbound_message", "risk_score",
            "clearance_case");

    private final JdbcClient jdbc;

    CaseErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void erase(String mrn) {
        for (String table : BY_ASSESSMENT) {
            jdbc.sql("delete from " + table + " where assessment_id in (select id from assessment where mrn = ?)")
                    .param(mrn).update();
        }
        for (String table : BY_AGENCY_ASSESSMENT) {
            jdbc.sql("delete from " + table
                    + " where assessment_id in (select id from agency_assessment where mrn = ?)").param(mrn).update();
        }
        for (String table : BY_CASE) {
            jdbc.sql("delete from " + table + " where mrn = ?").param(mrn).update();
        }
    }
}
