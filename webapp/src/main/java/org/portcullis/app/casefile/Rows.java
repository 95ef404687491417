package org.portcullis.app.casefile;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rows of one JDBC batch: how many, and how the i-th row's parameters are set. */
final class Rows implements BatchPreparedStatementSetter {

    /** Sets the parameters of the row at a position of the batch. */
    @FunctionalInterface
    interface RowSetter {
        void set(PreparedStatement statement, int position) throws SQLException;
    }

    /** Inserts the rows in one JDBC batch; nothing at all when there are none. */
    static void insert(JdbcTemplate jdbc, String sql, int count, RowSetter setter) {
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
