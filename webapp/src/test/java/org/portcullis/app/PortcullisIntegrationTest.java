package org.portcullis.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.portcullis.testing.postgres.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The whole application on its embedded defaults and the demo profile, shared by every integration test (one
 * Spring context): an in-memory H2 database, the embedded broker with a fresh journal and network acceptors on
 * free ports (MQTT also over TLS with a throw-away key store), a copy of the repository's rule set (random selection off, so that outcomes do not depend on the
 * MRN the database hands out) that tests may change, an empty draft directory, the repository's scenarios, a copy of
 * the demo's official lists looked at every second, unrouted sensor events and vessels fallen silent looked for every
 * second.
 * Deadlines may be as close as two seconds, and the job executor looks for due timers every second, so that a test
 * sets a deadline by the ETA it files and sees it pass without long waits.
 * In the build's {@code postgresql} run of the data tests the database is a fresh PostgreSQL one instead of H2
 * ({@link TestPostgres}): those tests are skipped with the reason when PostgreSQL is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:portcullis-it;DB_CLOSE_DELAY=-1",
    "portcullis.rules.scenario-directory=../rules/scenarios",
    "portcullis.rules.poll-interval=200ms",
    "portcullis.rules.switch-delay=300ms",
    "portcullis.rules.switch-lead-factor=0",
    "portcullis.clearance.minimum-time-to-act=PT2S",
    "portcullis.operations.metrics-refresh=500ms",
    "camunda.bpm.job-execution.wait-time-in-millis=500",
    "camunda.bpm.job-execution.max-wait=1000",
    "portcullis.carriers.accounts.EDI.edifact-notices=true",
    "portcullis.carriers.accounts.POLL.notices=HTTP",
    "portcullis.pcs.broker-user=PCS",
    "portcullis.pcs.broker-password={noop}pcs-secret",
    "portcullis.broker.operator-user=OPERATOR",
    "portcullis.broker.operator-password={noop}operator-secret",
    "portcullis.iot.accounts[0].user=sensor-acme",
    "portcullis.iot.accounts[0].password={noop}sensor-acme-secret",
    "portcullis.iot.accounts[0].operator=ACME",
    "portcullis.iot.accounts[1].user=sensor-other",
    "portcullis.iot.accounts[1].password={noop}sensor-other-secret",
    "portcullis.iot.accounts[1].operator=OTHER",
    "portcullis.iot.redrive-interval=PT1S",
    "portcullis.reassessment.vessel-silence-interval=PT1S"})
@ActiveProfiles("demo")
@AutoConfigureObservability(tracing = false)
public abstract class PortcullisIntegrationTest {

    static final int CORE_PORT = TestSocketUtils.findAvailableTcpPort();
    static final int AMQP_PORT = TestSocketUtils.findAvailableTcpPort();
    static final int STOMP_PORT = TestSocketUtils.findAvailableTcpPort();
    static final int MQTT_PORT = TestSocketUtils.findAvailableTcpPort();
    /** MQTT over TLS, with a key store made for the run ({@link TestKeyStore}). */
    static final int MQTT_TLS_PORT = TestSocketUtils.findAvailableTcpPort();
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BROKER_URL = "tcp://127.0.0.1:" + CORE_PORT;
    private static final String BROKER_DIRECTORY = freshBrokerDirectory();
    protected static final Path RULES_DIRECTORY = RuleSetCopy.of(Path.of("../rules/ruleset"));
    protected static final Path DRAFT_DIRECTORY = RuleSetCopy.emptyDirectory("it-draft-");
    /** A copy of the demo's official lists (config/watchlists), looked at every second; tests may change them. */
    protected static final Path WATCHLIST_DIRECTORY = watchlistCopy();
    /** Where the application generates its demo log key at start; tests read the public key from here. */
    protected static final Path LEDGER_DIRECTORY = RuleSetCopy.emptyDirectory("it-ledger-");

    /**
     * SQL condition on table notice: customs' own notices, without the other agencies' formality responses and the
     * port call's state, which come as those agencies decide (docs/agencies.md).
     */
    protected static final String CUSTOMS_NOTICE =
            "notice_type not in ('FORMALITY_RESPONSE', 'PORT_CALL_CLEARED', 'PORT_CALL_HELD')";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private jakarta.jms.ConnectionFactory applicationConnectionFactory;

    /** The carriers tests file as; each has a broker and HTTP account with password lower-case id + "-secret". */
    static final List<String> TEST_CARRIERS = List.of("ACME", "AGENCIES", "AMQP", "ARRIVE", "BETA", "BROWSE",
            "CASEFILE", "CERTS", "EDI", "ESCALATE", "HOSTILE", "HOSTILE-2", "INBOX", "LATE", "METRICS", "PERSONS", "POLL",
            "REDRESS", "REPLAY", "RETRY", "RISK", "ROLES", "SENSOR", "STOMP", "TWOCLERKS");

    @BeforeAll
    static void postgresWhenSelected() {
        if (TestPostgres.selected()) {
            TestPostgres.missing().ifPresent(Assumptions::abort);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (TestPostgres.selected()) {
            registry.add("spring.datasource.url", () -> PostgresDatabase.DATABASE.url());
            registry.add("spring.datasource.username", () -> PostgresDatabase.DATABASE.user());
            registry.add("spring.datasource.password", () -> PostgresDatabase.DATABASE.password());
        }
    }

    /** The context's PostgreSQL database, created on first use. */
    private static final class PostgresDatabase {
        static final TestPostgres.Database DATABASE = TestPostgres.newDatabase("portcullis_it");
    }

    @DynamicPropertySource
    static void carrierAccounts(DynamicPropertyRegistry registry) {
        for (String carrierId : TEST_CARRIERS) {
            registry.add("portcullis.carriers.accounts." + carrierId + ".password",
                    () -> "{noop}" + password(carrierId));
        }
    }

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) {
        registry.add("portcullis.broker.data-directory", () -> BROKER_DIRECTORY);
        registry.add("portcullis.rules.directory", RULES_DIRECTORY::toString);
        registry.add("portcullis.rules.draft-directory", DRAFT_DIRECTORY::toString);
        for (String list : List.of("un-consolidated", "eu-fsf", "ofac-sdn")) {
            registry.add("portcullis.watchlists." + list, () -> WATCHLIST_DIRECTORY.resolve(list + ".xml").toString());
        }
        registry.add("portcullis.watchlists.check-interval", () -> "PT1S");
        registry.add("portcullis.certificates.issuers-file", () -> "../config/certificate-issuers.yml");
        registry.add("portcullis.ledger.key-file", () -> LEDGER_DIRECTORY.resolve("log-key.pem").toString());
        registry.add("portcullis.ledger.public-key-file", () -> LEDGER_DIRECTORY.resolve("log-public.pem").toString());
        registry.add("portcullis.broker.acceptors.core", () -> BROKER_URL + "?protocols=CORE");
        registry.add("portcullis.broker.acceptors.amqp", () -> "tcp://127.0.0.1:" + AMQP_PORT + "?protocols=AMQP");
        registry.add("portcullis.broker.acceptors.stomp", () -> "tcp://127.0.0.1:" + STOMP_PORT + "?protocols=STOMP");
        registry.add("portcullis.broker.acceptors.mqtt", () -> "tcp://127.0.0.1:" + MQTT_PORT + "?protocols=MQTT");
        registry.add("portcullis.broker.acceptors.mqtts",
                () -> "tcp://127.0.0.1:" + MQTT_TLS_PORT + "?protocols=MQTT;sslEnabled=true");
        registry.add("portcullis.broker.tls.key-store", TestKeyStore.FILE::toString);
        registry.add("portcullis.broker.tls.key-store-password", () -> TestKeyStore.PASSWORD);
    }

    private static Path watchlistCopy() {
        Path copy = RuleSetCopy.emptyDirectory("it-watchlists-");
        RuleSetCopy.copyInto(Path.of("../config/watchlists"), copy);
        return copy;
    }

    private static String freshBrokerDirectory() {
        try {
            return Files.createTempDirectory(Path.of("target"), "it-broker-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JMS carrier signed in to the broker with its test account (password: lower-case id + "-secret"). */
    protected CarrierClient carrier(String carrierId) {
        return new CarrierClient(BROKER_URL, testCarrier(carrierId), password(carrierId));
    }

    /** The carrier id, if it is one of {@link #TEST_CARRIERS}. */
    static String testCarrier(String carrierId) {
        if (!TEST_CARRIERS.contains(carrierId)) {
            throw new IllegalArgumentException(carrierId + " has no test account: add it to TEST_CARRIERS");
        }
        return carrierId;
    }

    protected static String password(String carrierId) {
        return carrierId.toLowerCase(java.util.Locale.ROOT) + "-secret";
    }

    /**
     * The next message matching the selector on a queue carriers may not read (the dead-letter queue), read over
     * the application's own privileged in-VM connection; null after 20 seconds.
     */
    protected jakarta.jms.Message receiveAsOperator(String queue, String selector) {
        org.springframework.jms.core.JmsTemplate operator =
                new org.springframework.jms.core.JmsTemplate(applicationConnectionFactory);
        operator.setReceiveTimeout(20_000);
        return operator.receiveSelected(queue, selector);
    }

    /** How many messages matching the selector a queue holds now, browsed over the application's own connection. */
    protected int countAsOperator(String queue, String selector) {
        return new org.springframework.jms.core.JmsTemplate(applicationConnectionFactory).browseSelected(queue, selector,
                (session, browser) -> java.util.Collections.list(browser.getEnumeration()).size());
    }

    /**
     * Puts a text message with these string properties on a queue carriers may not write to (the dead-letter queue,
     * as if it had died there), over the application's own privileged in-VM connection.
     */
    protected void sendAsOperator(String queue, String body, java.util.Map<String, String> properties) {
        new org.springframework.jms.core.JmsTemplate(applicationConnectionFactory).send(queue, session -> {
            jakarta.jms.TextMessage message = session.createTextMessage(body);
            for (var property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            return message;
        });
    }

    protected PortCommunityClient portCommunity() {
        return new PortCommunityClient(BROKER_URL);
    }

    /**
     * A sample filing of docs/samples with its LRN and the vessel's IMO number replaced, and every date moved alike
     * so that its ETA is {@code eta} (previous ports, sent at and documents keep their distance to the ETA).
     */
    protected static String sample(String file, String lrn, String imo, Instant eta) {
        try {
            ObjectNode filing = (ObjectNode) JSON.readTree(TestDates.arrivingAt(CarrierClient.sample(file, lrn), eta));
            ((ObjectNode) filing.get("vessel")).put("imoNumber", imo);
            return JSON.writeValueAsString(filing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid IMO number of its own for each test (six random digits and their check digit). */
    protected static String uniqueImo() {
        String six = String.format("%06d", ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (six.charAt(i) - '0') * (7 - i);
        }
        return six + (sum % 10);
    }

    protected String caseStatus(String mrn) {
        return jdbc.sql("select status from clearance_case where mrn = ?").param(mrn).query(String.class).single();
    }
}
