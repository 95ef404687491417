package org.portcullis.casework.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one JDBC batch: how many, and how the i-th row's parameters are set. For the inserts on the hot path of
 * every filing (an assessment's details, a filing version's goods lines): one round trip instead of one per row.
 */
public final class Rows implements BatchPreparedStatementSetter {

    /** Sets the parameters of the row at a position of the batch. */
    @FunctionalInterface
    public interface RowSetter {
        void set(PreparedStatement statement, int position) throws SQLException;
    }

    /** Inserts the rows in one JDBC batch; nothing at all when there are none. */
    public static void insert(JdbcTemplate jdbc, String sql, int count, RowSetter setter) {
        if (count > 0) {
            jdbc.batchUpdate(sql, new Rows(count, setter));
        }
    }

    private final int count;
    private final RowSetter setter;

    private Rows(int count, RowSetter setter) {
        this.count = count;
        this.setter = setter;
    }

    @Override
    public void setValues(PreparedStatement statement, int position) throws SQLException {
        setter.set(statement, position);
    }

    @Override
    public int getBatchSize() {
        return count;
    }
}
