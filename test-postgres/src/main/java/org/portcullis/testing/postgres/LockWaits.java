package org.portcullis.testing.postgres;

/**
 * How a test sees, from another connection, that a transaction waits for a lock on a table, as the database under
 * test ({@link TestPostgres#selected()}) reports it: on PostgreSQL a session waiting for a lock whose statement names
 * the table; on H2 a session blocked by another whose statement names it, or one inserting into it (an insert that
 * meets another transaction's uncommitted row with the same key waits with no blocker shown).
 */
public final class LockWaits {

    private LockWaits() {
    }

    /** A query counting the sessions that wait for a lock on the table (lower-case name). */
    public static String countQuery(String table) {
        if (TestPostgres.selected()) {
            return "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and datname = current_database() and query like '%" + table + "%'";
        }
        return "select count(*) from information_schema.sessions where lower(executing_statement) like '%" + table
                + "%' and (blocker_id is not null or lower(executing_statement) like 'insert into " + table + "%')";
    }
}
