package org.portcullis.casework.ledger;

import java.time.Clock;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** The log alone over an in-memory H2 database migrated by the application's migrations. */
@Configuration
@Import(LedgerFixture.class)
class LedgerTestDatabase {

    private final MigratedDatabase database = MigratedDatabase.latest();

    @Bean
    PlatformTransactionManager transactionManager() {
        return new DataSourceTransactionManager(database.dataSource());
    }

    @Bean
    JdbcClient jdbcClient() {
        return database.jdbc();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
