package org.portcullis.casework.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.ledger.LedgerFixture;
import org.portcullis.casework.ledger.LedgerSequencer;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.config.AgenciesFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** Every access to personal data the access log records is also a leaf of the tamper-evident log. */
@SpringJUnitConfig(PersonalDataAccessLoggedTest.Context.class)
class PersonalDataAccessLoggedTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Autowired
    PersonalDataAccessLog accessLog;

    @Autowired
    LedgerSequencer sequencer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachAgencysEntryOfAnAccessBecomesALeafWithTheOfficerAgencyAndCase() {
        var showing = accessLog.showingPersons(List.of("border", "health"), NOW);

        accessLog.record("border1", showing, "26NL00000000000007", "case file: crew and passengers");
        sequencer.sequence();

        List<String> leaves = jdbc.sql("select leaf_data from ledger_leaf where kind = 'PERSONAL_DATA_ACCESSED' "
                + "order by leaf_index").query(String.class).list();
        assertThat(leaves).hasSize(showing.size()).isNotEmpty();
        assertThat(leaves).allSatisfy(leaf -> assertThat(leaf).contains("\"officer\":\"border1\"",
                "\"mrn\":\"26NL00000000000007\"", "\"shown\":\"case file: crew and passengers\"",
                "\"legalBasisSha256\":\"", "\"at\":\"2026-12-05T10:00:00Z\""));
        assertThat(leaves).anySatisfy(leaf -> assertThat(leaf).contains("\"agency\":\"border\""));
        assertThat(jdbc.sql("select count(*) from personal_data_access").query(Integer.class).single())
                .isEqualTo(leaves.size());
    }

    @Configuration
    @EnableTransactionManagement
    @Import({LedgerFixture.class, PersonalDataAccessLog.class})
    static class Context {

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
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        Agencies agencies() {
            return AgenciesFile.read(Path.of("..", "config", "agencies.yml"));
        }
    }
}
