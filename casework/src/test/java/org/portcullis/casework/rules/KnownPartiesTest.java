package org.portcullis.casework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The traders seen in earlier cases (the first-time shipper rule's history), on the database (H2, and PostgreSQL in
 * the build's PostgreSQL run): seen only by other cases than the first, across nodes, and a known trader read once.
 */
class KnownPartiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC);
    private static final Mrn FIRST = Mrn.issue(2026, new CountryCode("NL"), 1);
    private static final Mrn LATER = Mrn.issue(2026, new CountryCode("NL"), 2);
    private static final String LAMPS = "BRIGHT LAMPS SHENZHEN|CN";
    private static final String ACME = "ACME TRADING|CN";

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final AtomicInteger statements = new AtomicInteger();

    @Test
    void aTraderIsSeenBeforeByEveryCaseButTheOneThatFirstNamedIt() {
        KnownParties parties = node(database.dataSource());

        assertThat(parties.seenBefore(Set.of(LAMPS), LATER.value())).isEmpty();
        parties.record(Set.of(LAMPS), FIRST);

        assertThat(parties.seenBefore(Set.of(LAMPS, ACME), FIRST.value())).isEmpty();
        assertThat(parties.seenBefore(Set.of(LAMPS, ACME), LATER.value())).containsExactly(LAMPS);
        assertThat(database.jdbc().sql("select first_mrn from party_seen where party_key = ?").param(LAMPS)
                .query(String.class).single()).isEqualTo(FIRST.value());
    }

    @Test
    void aTraderAnotherNodeRecordedIsSeenThoughThisNodeAskedBefore() {
        KnownParties one = node(database.dataSource());
        KnownParties other = node(database.dataSource());

        assertThat(other.seenBefore(Set.of(ACME), LATER.value())).isEmpty();
        one.record(Set.of(ACME), FIRST);

        assertThat(other.seenBefore(Set.of(ACME), LATER.value())).containsExactly(ACME);
        other.record(Set.of(ACME), LATER);
        assertThat(database.jdbc().sql("select first_mrn from party_seen where party_key = ?").param(ACME)
                .query(String.class).list()).containsExactly(FIRST.value());
    }

    @Test
    void aKnownTraderCostsNoStatementOnceThisNodeHasReadOrRecordedIt() {
        KnownParties parties = node(counting(database.dataSource()));
        parties.record(Set.of(LAMPS), FIRST);
        node(database.dataSource()).record(Set.of(ACME), FIRST);
        assertThat(parties.seenBefore(Set.of(ACME), LATER.value())).containsExactly(ACME);
        statements.set(0);

        assertThat(parties.seenBefore(Set.of(LAMPS, ACME), LATER.value())).containsExactlyInAnyOrder(LAMPS, ACME);
        parties.record(Set.of(LAMPS, ACME), LATER);

        assertThat(statements).hasValue(0);
    }

    private static KnownParties node(DataSource dataSource) {
        return new KnownParties(JdbcClient.create(dataSource), CLOCK, new DataSourceTransactionManager(dataSource));
    }

    /** The database, counting the statements prepared on it. */
    private DataSource counting(DataSource dataSource) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
