package org.portcullis.casework.iot;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases waiting to be re-assessed because events about them arrived ({@code case_reassessment_request}). Each
 * event adds a row (no unique key, so that listeners never collide); the rows of one case are worked off together,
 * so a reefer reporting every minute costs one re-assessment per round, not one per reading.
 */
@Repository
class ReassessmentRequests {

    private final JdbcClient jdbc;

    ReassessmentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void request(List<Mrn> cases, Instant at) {
        for (Mrn mrn : cases) {
            jdbc.sql("insert into case_reassessment_request (mrn, requested_at) values (?, ?)")
                    .params(mrn.value(), utc(at)).update();
        }
    }

    /** Up to {@code limit} cases waiting, oldest request first, each with the newest of its requests so far. */
    List<Pending> pending(int limit) {
        return jdbc.sql("""
                select mrn, min(id) as first_id, max(id) as last_id from case_reassessment_request
                group by mrn order by first_id""")
                .query((rs, row) -> new Pending(Mrn.of(rs.getString("mrn")), rs.getLong("last_id")))
                .list().stream().limit(limit).toList();
    }

    /** The case's requests up to the one handled; requests that came in since stay for the next round. */
    void done(Pending pending) {
        jdbc.sql("delete from case_reassessment_request where mrn = ? and id <= ?")
                .params(pending.mrn().value(), pending.lastId()).update();
    }

    /** A case to re-assess and the newest of its requests at the time it was read. */
    record Pending(Mrn mrn, long lastId) {
    }
}
