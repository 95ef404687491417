package org.portcullis.casework.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.portcullis.testing.postgres.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database of its own, migrated by Portcullis's Flyway migrations (all, or up to a version and further later), for
 * fast tests of SQL without the application: in-memory H2, or a fresh PostgreSQL database in the test run that
 * runs these tests on PostgreSQL ({@link TestPostgres}; skipped with the reason when PostgreSQL is not installed).
 */
public final class MigratedDatabase {

    /** On PostgreSQL: a database migrated once to each version asked for, copied for each test. */
    private static final Map<String, String> POSTGRES_TEMPLATES = new ConcurrentHashMap<>();

    private final DataSource dataSource;

    private MigratedDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A database with every migration. */
    public static MigratedDatabase latest() {
        return upTo("latest");
    }

    /** A database as a release that stopped at {@code version} left it. */
    public static MigratedDatabase upTo(String version) {
        if (!TestPostgres.selected()) {
            MigratedDatabase database = new MigratedDatabase(new DriverManagerDataSource(
                    "jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
            database.migrateTo(version);
            return database;
        }
        TestPostgres.missing().ifPresent(Assumptions::abort);
        String template = POSTGRES_TEMPLATES.computeIfAbsent(version, MigratedDatabase::postgresTemplate);
        return new MigratedDatabase(postgres(TestPostgres.newDatabase("migrated", template)));
    }

    private static String postgresTemplate(String version) {
        TestPostgres.Database template = TestPostgres.newDatabase("template");
        try (HikariDataSource pool = (HikariDataSource) postgres(template)) {
            new MigratedDatabase(pool).migrateTo(version);
        }
        return template.url().substring(template.url().lastIndexOf('/') + 1);
    }

    /** A small pool: a PostgreSQL connection is a server process, too slow to open for every statement. */
    private static DataSource postgres(TestPostgres.Database database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(0);
        pool.setIdleTimeout(10_000);
        return pool;
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
