package org.portcullis.model.error;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An exception described for the log without its messages: the classes of it and its causes, and a database
 * error's SQL state. Messages of parsers, drivers and rules may quote the values they failed on (a name, a date of
 * birth, a document number), and personal data never goes to the log.
 */
public final class FailureSummary {

    private static final int MAX_CAUSES = 5;

    private FailureSummary() {
    }

    /** For example {@code DataIntegrityViolationException <- JdbcSQLIntegrityConstraintViolationException (SQL state 23505)}. */
    public static String of(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < MAX_CAUSES; t = t.getCause() == t ? null : t.getCause()) {
            parts.add(t.getClass().getSimpleName() + (t instanceof SQLException sql && sql.getSQLState() != null
                    ? " (SQL state " + sql.getSQLState() + ")" : ""));
        }
        return String.join(" <- ", parts);
    }
}
