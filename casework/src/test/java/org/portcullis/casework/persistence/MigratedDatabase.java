package org.portcullis.casework.persistence;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An in-memory H2 database of its own, migrated by Portcullis's Flyway migrations (all, or up to a version and
 * further later), for fast tests of SQL without the application.
 */
public final class MigratedDatabase {

    private final DataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    private MigratedDatabase() {
    }

    /** A database with every migration. */
    public static MigratedDatabase latest() {
        MigratedDatabase database = new MigratedDatabase();
        database.migrateTo("latest");
        return database;
    }

    /** A database as a release that stopped at {@code version} left it. */
    public static MigratedDatabase upTo(String version) {
        MigratedDatabase database = new MigratedDatabase();
        database.migrateTo(version);
        return database;
    }

    public void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load()
                .migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public JdbcTemplate batches() {
        return new JdbcTemplate(dataSource);
    }

    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
