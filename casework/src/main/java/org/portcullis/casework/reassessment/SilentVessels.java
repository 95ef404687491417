package org.portcullis.casework.reassessment;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases whose vessel fell silent ({@code vessel_silence}): cases being cleared, before their ETA, whose vessel (by the
 * MMSI or IMO number of the current filing) last reported its AIS position before arrival at or before a cut-off,
 * and whose silence since that report has not been claimed yet.
 */
@Repository
class SilentVessels {

    private static final String REPORTS = """
            select c.mrn, e.observed_at as reported_at from clearance_case c
            join case_subject s on s.mrn = c.mrn and s.version = c.current_version and s.kind = '%s'
            join iot_event e on e.%s = s.subject and e.event_type = 'VESSEL_POSITION' and e.observed_at < c.eta
            where c.status in (%s) and c.eta > :now""";

    private final JdbcClient jdbc;

    SilentVessels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unclaimed silences at {@code now} of vessels that last reported at or before {@code lastReportBy}. */
    List<Silence> unclaimed(Instant now, Instant lastReportBy) {
        String statuses = Reassessments.REASSESSABLE.stream().map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
        return jdbc.sql("""
                select latest.mrn, latest.last_report from (
                    select mrn, max(reported_at) as last_report from (%s union all %s) reports group by mrn
                ) latest
                where latest.last_report <= :by and not exists (select 1 from vessel_silence v
                    where v.mrn = latest.mrn and v.last_report_at = latest.last_report)
                order by latest.mrn""".formatted(REPORTS.formatted("MMSI", "mmsi", statuses),
                        REPORTS.formatted("IMO", "imo_number", statuses)))
                .param("now", utc(now)).param("by", utc(lastReportBy))
                .query((rs, row) -> new Silence(Mrn.of(rs.getString("mrn")), instant(rs, "last_report")))
                .list();
    }

    /**
     * Claims the silence for this node, in the caller's transaction; a silence claimed already (by another node since
     * it was found) fails on the unique key with a {@code DuplicateKeyException}.
     */
    void claim(Silence silence, Instant now) {
        jdbc.sql("insert into vessel_silence (mrn, last_report_at, found_at) values (?, ?, ?)")
                .params(silence.mrn().value(), utc(silence.lastReportAt()), utc(now)).update();
    }

    /** A case whose vessel sent no AIS report after {@code lastReportAt}. */
    record Silence(Mrn mrn, Instant lastReportAt) {
    }
}
