package org.portcullis.casework.cases;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.util.List;
import org.portcullis.model.clearance.ClaimChange;
import org.portcullis.model.clearance.ClaimChanges;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who held a case's tasks, for its timeline: every claim change, never changed afterwards. */
@Repository
public class ClaimChangeRepository implements ClaimChanges {

    private final JdbcClient jdbc;

    public ClaimChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(ClaimChange change) {
        jdbc.sql("""
                insert into task_claim_change (mrn, task_key, kind, changed_by, held_by, handed_to, changed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(change.mrn().value(), change.taskKey(), change.kind().name(), change.by(), change.from(),
                        change.to(), utc(change.at()))
                .update();
    }

    public List<ClaimChange> ofCase(Mrn mrn) {
        return jdbc.sql("select * from task_claim_change where mrn = ? order by id").param(mrn.value())
                .query((rs, row) -> new ClaimChange(Mrn.of(rs.getString("mrn")), rs.getString("task_key"),
                        ClaimChange.Kind.valueOf(rs.getString("kind")), rs.getString("changed_by"),
                        rs.getString("held_by"), rs.getString("handed_to"), instant(rs, "changed_at")))
                .list();
    }
}
