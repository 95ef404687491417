package org.portcullis.benchmark;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No loss under crashes. Two setups, each sent {@code bench.crash.filings} filings while it is killed:
 * <ol>
 * <li>the default setup (file H2, embedded broker): SIGKILL to the application (and so its broker) a third of the
 * way through, restart;</li>
 * <li>the production-like setup (PostgreSQL, external Artemis broker from its distribution): SIGKILL to the
 * application a third of the way through, restart; SIGKILL to the broker at two thirds, restart.</li>
 * </ol>
 * Then every filing must have exactly one case (valid ones), exactly one ACCEPTED or REJECTED notice and, valid ones,
 * exactly one ASSESSMENT_COMPLETE, on the wire and in the database.
 */
final class CrashRun {

    private static final Logger log = LoggerFactory.getLogger(CrashRun.class);
    private static final long SETTLE_NANOS = TimeUnit.MINUTES.toNanos(6);

    private final BenchSettings settings;
    private final Report report;
    private final Path directory;

    CrashRun(BenchSettings settings, Report report, Path directory) {
        this.settings = settings;
        this.report = report;
        this.directory = directory.resolve("crash");
    }

    boolean run() throws Exception {
        boolean embedded = embeddedSetup();
        boolean production = productionSetup();
        return embedded && production;
    }

    private boolean embeddedSetup() throws Exception {
        Path work = directory.resolve("embedded");
        PortcullisProcess app = new PortcullisProcess(settings, work, List.of());
        app.start();
        String brokerUrl = "tcp://127.0.0.1:" + settings.ports().core() + "?reconnectAttempts=0";
        try (ProtocolCarriers carriers = new ProtocolCarriers(brokerUrl, settings.ports(), settings.crashFilings())) {
            carriers.start();
            carriers.core().awaitSent(carriers.core().count() / 3);
            app.kill();
            app.start();
            carriers.finish();
            CrashCheck check = new CrashCheck();
            for (ProtocolCarriers.Sending carrier : carriers.carriers()) {
                check.checkWire(carrier.traffic(), settle(carrier.notices(), carrier.traffic()));
            }
            check.checkDeadLetters(deadLetters(brokerUrl, BenchCarriers.OPERATOR, BenchCarriers.PASSWORD));
            app.close();
            String h2 = "jdbc:h2:file:" + work.resolve("data/portcullis") + ";DB_CLOSE_ON_EXIT=FALSE";
            String setup = "Default setup (H2 file, embedded broker; carriers over core, AMQP and STOMP): SIGKILL to "
                    + "the application";
            for (ProtocolCarriers.Sending carrier : carriers.carriers()) {
                check.checkDatabase(h2, "sa", "", carrier.traffic(), carrier.carrierId());
                report.row(setup, "filings sent over " + carrier.protocol(), "", carrier.traffic().count(), "filings", "");
                report.row(setup, "filings over " + carrier.protocol() + " delivered again after the kill, recognised "
                        + "and not answered again", "", ProtocolCarriers.redeliveriesRecognised(app.logFile(),
                        carrier.carrierId()), "filings", "");
            }
            return record(report, setup, carriers.filings(), carriers.retriedSends(), check);
        } finally {
            app.close();
        }
    }

    private boolean productionSetup() throws Exception {
        Path work = directory.resolve("production");
        String carrierId = "CRASH-PRODUCTION";
        try (PostgresCluster postgres = PostgresCluster.start(settings.work(), settings.ports().postgres());
             ExternalBroker broker = ExternalBroker.create(settings.artemisHome(), work.resolve("broker"),
                     settings.ports().broker(), settings.brokerXml(), settings.brokerPluginJar())) {
            postgres.createDatabase("portcullis");
            broker.start();
            PortcullisProcess app = new PortcullisProcess(settings, work.resolve("app"),
                    ProductionSetup.args(broker.url(), postgres));
            try (app; Carrier carrier = new Carrier(broker.url(), ExternalBroker.USER, ExternalBroker.PASSWORD, carrierId)) {
                app.start();
                Traffic traffic = new Traffic(carrier, "p", settings.crashFilings());
                traffic.start();
                traffic.awaitSent(traffic.count() / 3);
                app.kill();
                app.start();
                traffic.awaitSent(2 * traffic.count() / 3);
                broker.kill();
                broker.start();
                traffic.finish();
                NoticeLedger ledger = settle(carrier, traffic);
                CrashCheck check = new CrashCheck();
                check.checkWire(traffic, ledger);
                check.checkDeadLetters(deadLetters(broker.url(), ExternalBroker.USER, ExternalBroker.PASSWORD));
                check.checkDatabase(postgres.url("portcullis"), "postgres", "", traffic, carrierId);
                return record("Production-like setup (PostgreSQL, external Artemis): SIGKILL to the application, "
                        + "then SIGKILL to the broker", traffic, carrier, check);
            }
        }
    }

    /** Reads notices until every filing has all of its notices, or the time is up. */
    static NoticeLedger settle(Carrier carrier, Traffic traffic) throws InterruptedException {
        return settle(carrier, traffic, Set.of("ACCEPTED", "ASSESSMENT_COMPLETE"));
    }

    /** Reads notices until every valid filing has each of {@code types} and every invalid one its REJECTED. */
    static NoticeLedger settle(Carrier carrier, Traffic traffic, Set<String> types) throws InterruptedException {
        NoticeLedger ledger = new NoticeLedger();
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (!ledger.complete(traffic, types) && System.nanoTime() < deadline) {
            try {
                carrier.drain(ledger, 2000);
            } catch (Exception brokerNotBackYet) {
                Thread.sleep(1000);
            }
        }
        try {
            carrier.drain(ledger, 5000);
        } catch (Exception e) {
            log.warn("last read of notices failed: {}", e.toString());
        }
        return ledger;
    }

    static int deadLetters(String url, String user, String password) throws Exception {
        return deadLetters(url, user, password, "portcullis.filings.DLQ");
    }

    /** Takes every message off the dead-letter queue and counts them. */
    static int deadLetters(String url, String user, String password, String queue) throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(url).createConnection(user, password)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            connection.start();
            int count = 0;
            while (consumer.receive(1000) != null) {
                count++;
            }
            return count;
        }
    }

    private boolean record(String setup, Traffic traffic, Carrier carrier, CrashCheck check) {
        return record(report, setup, traffic, carrier, check);
    }

    /** Writes the counts of one setup into the report; whether every count is 0. */
    static boolean record(Report report, String setup, Traffic traffic, Carrier carrier, CrashCheck check) {
        return record(report, setup, traffic.count(), carrier.retriedSends(), check);
    }

    /** Writes the counts of one setup, whose carriers sent {@code filings} in all, into the report. */
    static boolean record(Report report, String setup, int filings, int retriedSends, CrashCheck check) {
        report.row(setup, "filings sent (every tenth invalid)", "", filings, "filings", "");
        report.row(setup, "sends the carriers retried (broker unreachable)", "", retriedSends, "sends", "");
        check.leavesByKind().forEach((kind, leaves) -> report.row(setup, "log: leaves of kind " + kind, "", leaves,
                "leaves", ""));
        check.problems().forEach((problem, count) -> report.row(setup, problem, "must be 0", count, "filings",
                count == 0 ? "ok" : "FAILED"));
        log.info("{}: {}", setup, check.passed() ? "passed" : "FAILED " + check.problems());
        return check.passed();
    }
}
