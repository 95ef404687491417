package org.portcullis.casework.risk;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.error.FailureSummary;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.risk.history.AgencyTask;
import org.portcullis.risk.history.CallRecord;
import org.portcullis.risk.history.ConsignmentRecord;
import org.portcullis.risk.history.History;
import org.portcullis.risk.history.Inspection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored cases as the risk module's history: each case's current filing, the lane the rules alone gave each
 * consignment in its latest assessment (before the model's score, without random selection; the lane the
 * assessment gave where that was not recorded) and whether random selection drew it, the recorded inspection results as labels, the ETA of
 * calls whose ETA has passed as their arrival, and each recorded inspection as a customs task. An inspection is
 * of the case: it labels the consignments the assessment sent to inspection (INSPECT or stronger), or all of them
 * when the assessment sent none (an officer ordered it).
 */
@Repository
class StoredHistory {

    private static final Logger log = LoggerFactory.getLogger(StoredHistory.class);
    private record Lanes(Map<String, Lane> lanes, Set<String> inspectOrStronger, Set<String> drawn) {
    }

    private final JdbcClient jdbc;
    private final FilingDocuments documents;
    private final RiskProperties properties;
    private final Clock clock;

    StoredHistory(JdbcClient jdbc, FilingDocuments documents, RiskProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.properties = properties;
        this.clock = clock;
    }

    History read() {
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(properties.historyDays()));
        Map<String, Lanes> lanes = lanes(since);
        Map<String, Inspection> inspections = new HashMap<>();
        List<AgencyTask> tasks = new ArrayList<>();
        jdbc.sql("""
                select i.mrn, i.verdict, i.recorded_at from inspection i join clearance_case c on c.mrn = i.mrn
                where i.verdict is not null and c.registered_at >= ? order by i.recorded_at""").param(utc(since))
                .query(rs -> {
                    Inspection inspection = new Inspection(instant(rs, "recorded_at"),
                            InspectionVerdict.valueOf(rs.getString("verdict")));
                    inspections.put(rs.getString("mrn"), inspection);
                    tasks.add(new AgencyTask(rs.getString("mrn"), "CUSTOMS", inspection.recordedAt(),
                            properties.inspectionHours()));
                });
        List<CallRecord> calls = new ArrayList<>();
        jdbc.sql("""
                select c.mrn, c.carrier_id, c.eta, c.registered_at, v.message_id, v.document, d.content
                from clearance_case c
                join filing_version v on v.mrn = c.mrn and v.version = c.current_version
                left join stored_document d on d.sha256 = v.document_sha256
                where c.registered_at >= ?""").param(utc(since)).query(rs -> {
                    String mrn = rs.getString("mrn");
                    try {
                        Filing filing = withSentAt(documents.read(StoredDocuments.text(rs), rs.getString("message_id"),
                                rs.getString("carrier_id")), instant(rs, "registered_at"));
                        Instant eta = instant(rs, "eta");
                        calls.add(call(mrn, filing, eta.isBefore(now) ? eta : null,
                                lanes.getOrDefault(mrn, new Lanes(Map.of(), Set.of(), Set.of())), inspections.get(mrn)));
                    } catch (RuntimeException e) {
                        log.warn("Case {} left out of the risk history: its stored filing cannot be read ({})", mrn,
                                FailureSummary.of(e));
                    }
                });
        return new History(calls, tasks, Map.of());
    }

    private static CallRecord call(String mrn, Filing filing, Instant arrivedAt, Lanes lanes, Inspection inspection) {
        boolean anySent = filing.consignments().stream()
                .anyMatch(c -> lanes.inspectOrStronger().contains(c.transportDocumentNumber()));
        List<ConsignmentRecord> records = new ArrayList<>();
        for (Consignment c : filing.consignments()) {
            String bl = c.transportDocumentNumber();
            boolean inspected = inspection != null && (!anySent || lanes.inspectOrStronger().contains(bl));
            records.add(new ConsignmentRecord(c, lanes.lanes().getOrDefault(bl, Lane.GREEN), lanes.drawn().contains(bl),
                    inspected ? inspection : null, null, Map.of()));
        }
        return new CallRecord(mrn, filing, arrivedAt, records);
    }

    private Map<String, Lanes> lanes(Instant since) {
        Map<String, Lanes> byCase = new HashMap<>();
        String latest = "select max(a2.id) from assessment a2 join clearance_case c on c.mrn = a2.mrn"
                + " where c.registered_at >= ? group by a2.mrn";
        jdbc.sql("select a.mrn, ac.transport_document_number, coalesce(ac.rules_lane, ac.lane) lane, ac.outcome"
                + " from assessment a"
                + " join assessment_consignment ac on ac.assessment_id = a.id where a.id in (" + latest + ")")
                .param(utc(since)).query(rs -> {
                    Lanes lanes = byCase.computeIfAbsent(rs.getString("mrn"),
                            m -> new Lanes(new HashMap<>(), new HashSet<>(), new HashSet<>()));
                    String bl = rs.getString("transport_document_number");
                    lanes.lanes().put(bl, Lane.valueOf(rs.getString("lane")));
                    if (Outcome.valueOf(rs.getString("outcome")).compareTo(Outcome.INSPECT) >= 0) {
                        lanes.inspectOrStronger().add(bl);
                    }
                });
        jdbc.sql("select a.mrn, f.target_reference from assessment a join assessment_finding f on f.assessment_id = a.id"
                + " where f.rule_id = 'SEL-001' and a.id in (" + latest + ")").param(utc(since)).query(rs -> {
                    Lanes lanes = byCase.get(rs.getString("mrn"));
                    if (lanes != null) {
                        lanes.drawn().add(rs.getString("target_reference"));
                    }
                });
        return byCase;
    }

    private static Filing withSentAt(Filing f, Instant registeredAt) {
        if (f.header().sentAt() != null) {
            return f;
        }
        var h = f.header();
        return new Filing(new org.portcullis.model.filing.FilingHeader(h.lrn(), h.messageId(), h.carrierId(),
                h.function(), registeredAt), f.vessel(), f.portCall(), f.consignments(), f.crew(), f.passengers(),
                f.health(), f.shipStores(), f.crewEffects(), f.crewSignOffs(), f.security(), f.waste());
    }
}
