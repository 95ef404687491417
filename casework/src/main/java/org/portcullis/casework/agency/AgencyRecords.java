package org.portcullis.casework.agency;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;
import org.portcullis.sharing.disclosure.AgencyDecision;
import org.portcullis.sharing.disclosure.AgencyFinding;
import org.portcullis.casework.cases.ScreeningMatchRows;
import org.portcullis.casework.persistence.Databases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The agencies' assessments, decisions and states on cases (tables agency_*). */
@Repository
public class AgencyRecords {

    /** An agency's state written in one statement, inserted or replaced (the two databases spell it apart). */
    private static final String UPSERT_STATE_POSTGRES = """
            insert into agency_clearance (mrn, agency, state, updated_at) values (?, ?, ?, ?)
            on conflict (mrn, agency) do update set state = excluded.state, updated_at = excluded.updated_at""";
    private static final String UPSERT_STATE_H2 = "merge into agency_clearance (mrn, agency, state, updated_at)"
            + " key (mrn, agency) values (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final String upsertState;

    public AgencyRecords(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.upsertState = Databases.isPostgres(batches.getDataSource()) ? UPSERT_STATE_POSTGRES : UPSERT_STATE_H2;
    }

    void insertAssessment(Mrn mrn, AgencyAssessment agencyAssessment) {
        var assessment = agencyAssessment.assessment();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agency_assessment (mrn, agency, outcome, rule_set_version, assessed_at)
                values (?, ?, ?, ?, ?)""")
                .params(mrn.value(), agencyAssessment.agency(), assessment.outcome().name(),
                        assessment.ruleSetVersion(), utc(assessment.assessedAt()))
                .update(key, "id");
        long id = key.getKey().longValue();
        List<Finding> findings = assessment.findings();
        for (int position = 0; position < findings.size(); position++) {
            Finding f = findings.get(position);
            jdbc.sql("""
                    insert into agency_finding (assessment_id, position, rule_id, rule_name, target_kind,
                        target_reference, outcome, reason, for_agency)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position, f.ruleId(), cut(f.ruleName(), 500), f.target().kind().name(),
                            cut(f.target().reference(), 500), f.outcome().name(), cut(f.reason(), 4000), f.agency())
                    .update();
        }
        ScreeningMatchRows.insert(batches, ScreeningMatchRows.Table.AGENCY, id, assessment);
    }

    /**
     * The watchlist matches of each agency's latest assessment of the case (the rules saw them, or redress set them
     * aside), by agency in name order; agencies whose latest assessment screened nothing are left out.
     */
    public List<AgencyMatches> latestMatches(Mrn mrn) {
        return jdbc.sql("""
                select a.id, a.agency from agency_assessment a where a.mrn = :mrn
                and a.id = (select max(b.id) from agency_assessment b where b.mrn = a.mrn and b.agency = a.agency)
                order by a.agency""")
                .param("mrn", mrn.value())
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .map(latest -> new AgencyMatches(latest.getValue(),
                        ScreeningMatchRows.read(jdbc, ScreeningMatchRows.Table.AGENCY, latest.getKey(), false),
                        ScreeningMatchRows.read(jdbc, ScreeningMatchRows.Table.AGENCY, latest.getKey(), true)))
                .filter(matches -> !matches.isEmpty()).toList();
    }

    void insertDecision(String agency, OfficerDecision decision) {
        jdbc.sql("""
                insert into agency_decision (mrn, agency, decision, reason, officer, decided_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(decision.mrn().value(), agency, decision.decision().name(), cut(decision.reason(), 4000),
                        decision.officer(), utc(decision.decidedAt()))
                .update();
    }

    void saveState(Mrn mrn, String agency, ClearanceState state, Instant at) {
        jdbc.sql(upsertState).params(mrn.value(), agency, state.name(), utc(at)).update();
    }

    /** Each agency's state on the case, by agency. */
    public Map<String, ClearanceState> states(Mrn mrn) {
        Map<String, ClearanceState> states = new LinkedHashMap<>();
        jdbc.sql("select agency, state from agency_clearance where mrn = ? order by agency").param(mrn.value())
                .query((rs, row) -> states.put(rs.getString("agency"), ClearanceState.valueOf(rs.getString("state"))))
                .list();
        return states;
    }

    /**
     * When the case was registered (which agencies clear it follows from that) and each agency's state on it, by
     * agency, in one statement; empty when there is no such case.
     */
    public Optional<CaseStates> statesWithRegistration(Mrn mrn) {
        List<Instant> registeredAt = new ArrayList<>(1);
        Map<String, ClearanceState> states = new LinkedHashMap<>();
        jdbc.sql("""
                select c.registered_at, a.agency, a.state from clearance_case c
                left join agency_clearance a on a.mrn = c.mrn where c.mrn = ? order by a.agency""")
                .param(mrn.value())
                .query(rs -> {
                    if (registeredAt.isEmpty()) {
                        registeredAt.add(instant(rs, "registered_at"));
                    }
                    if (rs.getString("agency") != null) {
                        states.put(rs.getString("agency"), ClearanceState.valueOf(rs.getString("state")));
                    }
                });
        return registeredAt.isEmpty() ? Optional.empty() : Optional.of(new CaseStates(registeredAt.get(0), states));
    }

    /** A case's registration time and its agencies' states. */
    public record CaseStates(Instant registeredAt, Map<String, ClearanceState> states) {

        public CaseStates {
            states = Map.copyOf(states);
        }
    }

    /** Each agency's state on each of these cases, by case and then by agency (cases without states left out). */
    public Map<String, Map<String, ClearanceState>> states(Collection<String> mrns) {
        Map<String, Map<String, ClearanceState>> states = new HashMap<>();
        if (mrns.isEmpty()) {
            return states;
        }
        jdbc.sql("select mrn, agency, state from agency_clearance where mrn in (:mrns) order by agency")
                .param("mrns", mrns)
                .query((rs, row) -> states.computeIfAbsent(rs.getString("mrn"), mrn -> new LinkedHashMap<>())
                        .put(rs.getString("agency"), ClearanceState.valueOf(rs.getString("state"))))
                .list();
        return states;
    }

    /**
     * The findings of each agency's latest assessment of the case, each with the agency it is for: the assessing
     * agency's, or the one its rule names ({@code @agency}: a health rule in border police's folder is port health's).
     */
    public List<AgencyFinding> latestFindings(Mrn mrn) {
        return jdbc.sql("""
                select coalesce(f.for_agency, a.agency) as agency, f.rule_id, f.rule_name, f.target_kind,
                    f.target_reference, f.outcome, f.reason
                from agency_finding f join agency_assessment a on a.id = f.assessment_id
                where a.mrn = :mrn and a.id = (select max(b.id) from agency_assessment b
                    where b.mrn = a.mrn and b.agency = a.agency)
                order by a.agency, f.position""")
                .param("mrn", mrn.value())
                .query((rs, row) -> new AgencyFinding(rs.getString("agency"), new Finding(rs.getString("rule_id"),
                        rs.getString("rule_name"), new Target(TargetKind.valueOf(rs.getString("target_kind")),
                                rs.getString("target_reference")), Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("reason"), false, rs.getString("agency"))))
                .list();
    }

    /** The decisions of the agencies' officers on the case, oldest first. */
    public List<AgencyDecision> decisions(Mrn mrn) {
        return jdbc.sql("""
                select agency, decision, reason, officer, decided_at from agency_decision where mrn = ?
                order by decided_at, id""")
                .param(mrn.value())
                .query((rs, row) -> new AgencyDecision(rs.getString("agency"), new OfficerDecision(mrn,
                        ReferralDecision.valueOf(rs.getString("decision")), rs.getString("reason"),
                        rs.getString("officer"), instant(rs, "decided_at"))))
                .list();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
