package org.portcullis.casework.reassessment;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases waiting to be re-assessed ({@code case_reassessment_request}), each request due at an instant and with
 * what asked for it. Every request adds a row (no unique key, so that listeners never collide); the due rows of one
 * case are worked off together, so a reefer reporting every minute costs one re-assessment per round, not one per
 * reading.
 */
@Repository
public class ReassessmentRequests {

    private final JdbcClient jdbc;

    public ReassessmentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void request(List<Mrn> cases, Instant due, Trigger trigger) {
        for (Mrn mrn : cases) {
            jdbc.sql("insert into case_reassessment_request (mrn, requested_at, trigger_kind) values (?, ?, ?)")
                    .params(mrn.value(), utc(due), trigger.name()).update();
        }
    }

    /** Every case whose outcome a re-assessment may still raise, due at the instant. */
    void requestEveryReassessable(Instant due, Trigger trigger) {
        jdbc.sql("""
                insert into case_reassessment_request (mrn, requested_at, trigger_kind)
                select mrn, ?, ? from clearance_case where status in (%s)""".formatted(statuses()))
                .params(utc(due), trigger.name()).update();
    }

    /**
     * Every case whose outcome a re-assessment may still raise and that was last assessed, or re-assessed, under a
     * rule set other than {@code version}, due at the instant; how many.
     */
    int requestAssessedUnderOtherVersion(String version, Instant due, Trigger trigger) {
        List<Mrn> stale = jdbc.sql("""
                select mrn, assessed_under, assessed_at, reassessed_under, reassessed_at from (
                    select c.mrn,
                        (select a.rule_set_version from assessment a where a.mrn = c.mrn order by a.id desc
                            fetch first 1 rows only) as assessed_under,
                        (select a.assessed_at from assessment a where a.mrn = c.mrn order by a.id desc
                            fetch first 1 rows only) as assessed_at,
                        (select r.rule_set_version from case_reassessment r where r.mrn = c.mrn order by r.id desc
                            fetch first 1 rows only) as reassessed_under,
                        (select r.reassessed_at from case_reassessment r where r.mrn = c.mrn order by r.id desc
                            fetch first 1 rows only) as reassessed_at
                    from clearance_case c where c.status in (%s)) latest
                where assessed_under is not null""".formatted(statuses()))
                .query((rs, row) -> {
                    Instant reassessedAt = instant(rs, "reassessed_at");
                    boolean reassessedLast = reassessedAt != null && rs.getString("reassessed_under") != null
                            && !reassessedAt.isBefore(instant(rs, "assessed_at"));
                    String under = reassessedLast ? rs.getString("reassessed_under") : rs.getString("assessed_under");
                    return version.equals(under) ? null : Mrn.of(rs.getString("mrn"));
                })
                .list().stream().filter(Objects::nonNull).toList();
        request(stale, due, trigger);
        return stale.size();
    }

    /** Up to {@code limit} cases with requests due, oldest first, each with the newest of its due requests. */
    public List<Pending> pending(int limit, Instant now) {
        String asked = Arrays.stream(Trigger.values())
                .map(trigger -> "max(case when trigger_kind = '%s' then 1 else 0 end) as %s".formatted(trigger.name(),
                        trigger.name()))
                .collect(Collectors.joining(", "));
        return jdbc.sql("""
                select mrn, min(id) as first_id, max(id) as last_id, %s
                from case_reassessment_request where requested_at <= ?
                group by mrn order by first_id fetch first ? rows only""".formatted(asked))
                .params(utc(now), limit)
                .query((rs, row) -> {
                    Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
                    for (Trigger trigger : Trigger.values()) {
                        if (rs.getInt(trigger.name()) == 1) {
                            triggers.add(trigger);
                        }
                    }
                    return new Pending(Mrn.of(rs.getString("mrn")), rs.getLong("last_id"), triggers);
                })
                .list();
    }

    /** The case's requests up to the one handled; requests that came in since stay for the next round. */
    void done(Pending pending) {
        jdbc.sql("delete from case_reassessment_request where mrn = ? and id <= ?")
                .params(pending.mrn().value(), pending.lastId()).update();
    }

    private static String statuses() {
        return Reassessments.REASSESSABLE.stream().map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
    }

    /** A case to re-assess, the newest of its requests at the time it was read, and what asked for it. */
    public record Pending(Mrn mrn, long lastId, Set<Trigger> triggers) {

        public Pending {
            triggers = Set.copyOf(triggers);
        }

        /** The triggers in their declared order, comma-separated. */
        String triggerNames() {
            return Arrays.stream(Trigger.values()).filter(triggers::contains).map(Trigger::name)
                    .collect(Collectors.joining(","));
        }
    }
}
