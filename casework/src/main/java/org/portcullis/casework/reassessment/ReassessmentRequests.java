package org.portcullis.casework.reassessment;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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

    /** Up to {@code limit} cases with requests due, oldest first, each with the newest of its due requests. */
    public List<Pending> pending(int limit, Instant now) {
        return jdbc.sql("""
                select mrn, min(id) as first_id, max(id) as last_id, min(trigger_kind) as first_trigger,
                    max(trigger_kind) as last_trigger
                from case_reassessment_request where requested_at <= ?
                group by mrn order by first_id fetch first ? rows only""")
                .params(utc(now), limit)
                .query((rs, row) -> new Pending(Mrn.of(rs.getString("mrn")), rs.getLong("last_id"),
                        EnumSet.of(Trigger.valueOf(rs.getString("first_trigger")),
                                Trigger.valueOf(rs.getString("last_trigger")))))
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

    /**
     * A case to re-assess, the newest of its requests at the time it was read, and what asked for it (with two
     * kinds of trigger, min and max of the trigger column give both).
     */
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
