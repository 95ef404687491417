package org.portcullis.casework.risk;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.error.FailureSummary;
import org.portcullis.model.filing.Filing;
import org.portcullis.risk.history.AgencyTask;
import org.portcullis.risk.history.CallTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored cases of the last {@code portcullis.risk.history-days} as call traces, for the forecast and the trade
 * patterns: each case's current filing version is read and parsed once, on the first refresh that finds it, and kept
 * reduced to the few fields the reports read ({@link CallTrace}); later refreshes read only the cases' rows and parse
 * only new versions. What a node keeps here it rebuilds from the database after a restart.
 */
@Repository
class StoredTraces {

    private static final Logger log = LoggerFactory.getLogger(StoredTraces.class);
    private static final int CHUNK = 200;
    /** Past this many shared strings the table starts again, so that names of cases gone from the window go too. */
    private static final int MAX_SHARED = 1_000_000;

    /** A case's current filing version and its trace (arrival left to each read); no trace if it cannot be read. */
    private record Reduced(int version, CallTrace trace) {
    }

    /** A case row of the window: its current version and its ETA, which is its arrival once passed. */
    private record CaseRow(String mrn, int version, Instant eta) {
    }

    /** The calls and the agencies' tasks of the window. */
    record Traces(List<CallTrace> calls, List<AgencyTask> tasks) {
    }

    private final JdbcClient jdbc;
    private final FilingDocuments documents;
    private final RiskProperties properties;
    private final Clock clock;
    private final Map<String, Reduced> reduced = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    StoredTraces(JdbcClient jdbc, FilingDocuments documents, RiskProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.properties = properties;
        this.clock = clock;
    }

    synchronized Traces read() {
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(properties.historyDays()));
        List<CaseRow> rows = jdbc.sql("select mrn, current_version, eta from clearance_case where registered_at >= ?")
                .param(utc(since))
                .query((rs, n) -> new CaseRow(rs.getString("mrn"), rs.getInt("current_version"), instant(rs, "eta")))
                .list();
        Map<String, CaseRow> inWindow = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (CaseRow row : rows) {
            inWindow.put(row.mrn(), row);
            Reduced known = reduced.get(row.mrn());
            if (known == null || known.version() != row.version()) {
                missing.add(row.mrn());
            }
        }
        reduced.keySet().retainAll(inWindow.keySet());
        for (int from = 0; from < missing.size(); from += CHUNK) {
            reduce(missing.subList(from, Math.min(missing.size(), from + CHUNK)));
        }
        List<CallTrace> calls = new ArrayList<>(reduced.size());
        reduced.forEach((mrn, r) -> {
            if (r.trace() != null) {
                Instant eta = inWindow.get(mrn).eta();
                calls.add(r.trace().arrived(eta.isBefore(now) ? eta : null));
            }
        });
        return new Traces(calls, tasks(since));
    }

    /**
     * Parses the current filing version of these cases once and keeps its trace; a version that cannot be read is
     * remembered without one, so that it is reported once and not parsed again on every refresh.
     */
    private void reduce(List<String> mrns) {
        jdbc.sql("""
                select c.mrn, c.carrier_id, c.registered_at, v.version, v.message_id, v.document, d.content
                from clearance_case c
                join filing_version v on v.mrn = c.mrn and v.version = c.current_version
                left join stored_document d on d.sha256 = v.document_sha256
                where c.mrn in (:mrns)""").param("mrns", mrns).query(rs -> {
                    String mrn = rs.getString("mrn");
                    try {
                        Filing filing = documents.read(StoredDocuments.text(rs), rs.getString("message_id"),
                                rs.getString("carrier_id"));
                        Instant sentAt = filing.header().sentAt();
                        reduced.put(mrn, new Reduced(rs.getInt("version"),
                                shared(trace(mrn, filing, sentAt == null ? instant(rs, "registered_at") : sentAt))));
                    } catch (RuntimeException e) {
                        reduced.put(mrn, new Reduced(rs.getInt("version"), null));
                        log.warn("Case {} left out of the risk reports: its stored filing cannot be read ({})", mrn,
                                FailureSummary.of(e));
                    }
                });
    }

    private static CallTrace trace(String mrn, Filing filing, Instant filedAt) {
        return new CallTrace(mrn, filedAt, filing.portCall().portOfCall().value(), filing.portCall().eta(), null,
                filing.consignments().stream().map(CallTrace.ConsignmentTrace::of).toList());
    }

    /** The trace with its traders' keys, names and places as one copy each across cases (they repeat). */
    private CallTrace shared(CallTrace t) {
        return new CallTrace(t.mrn(), t.filedAt(), shared(t.port()), t.eta(), null, t.consignments().stream()
                .map(c -> new CallTrace.ConsignmentTrace(c.reference(), shared(c.consignorKey()),
                        shared(c.consigneeKey()), shared(c.consigneeName()), shared(c.placeOfLoading())))
                .toList());
    }

    private String shared(String text) {
        if (text == null) {
            return null;
        }
        if (names.size() >= MAX_SHARED) {
            names.clear();
        }
        return names.computeIfAbsent(text, t -> t);
    }

    /** Each recorded inspection of a case of the window as a customs task. */
    private List<AgencyTask> tasks(Instant since) {
        return jdbc.sql("""
                select i.mrn, i.recorded_at from inspection i join clearance_case c on c.mrn = i.mrn
                where i.verdict is not null and c.registered_at >= ? order by i.recorded_at""").param(utc(since))
                .query((rs, n) -> new AgencyTask(rs.getString("mrn"), "CUSTOMS", instant(rs, "recorded_at"),
                        properties.inspectionHours()))
                .list();
    }
}
