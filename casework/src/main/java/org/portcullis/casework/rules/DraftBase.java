package org.portcullis.casework.rules;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The live version a draft directory was started from (or last put live), by whom and when. */
@Repository
class DraftBase {

    private final JdbcClient jdbc;

    DraftBase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(String directory) {
        return jdbc.sql("select base_version from rule_set_draft_base where directory = ?").param(directory)
                .query(String.class).optional();
    }

    void record(String directory, String version, String by, Instant at) {
        int updated = jdbc.sql("""
                update rule_set_draft_base set base_version = ?, started_by = ?, started_at = ? where directory = ?""")
                .params(version, by, utc(at), directory).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into rule_set_draft_base (directory, base_version, started_by, started_at)
                    values (?, ?, ?, ?)""").params(directory, version, by, utc(at)).update();
        }
    }
}
