package org.portcullis.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker pair under load: the application on PostgreSQL with a live/backup pair of external Artemis brokers
 * ({@link BrokerPair}), its JMS connection factory and the carrier given the pair's HA address. Half-way through
 * {@code bench.crash.filings} filings the live broker gets SIGKILL; the backup takes over and the clients fail over
 * to it. Then the crash check's counts: every filing one answer and, valid ones, one case and one
 * ASSESSMENT_COMPLETE, on the wire and in the database; nothing on the dead-letter queue.
 */
final class FailoverRun {

    private static final Logger log = LoggerFactory.getLogger(FailoverRun.class);
    static final String CARRIER = "FAILOVER";

    private final BenchSettings settings;
    private final Report report;
    private final Path directory;

    FailoverRun(BenchSettings settings, Report report, Path directory) {
        this.settings = settings;
        this.report = report;
        this.directory = directory.resolve("failover");
    }

    boolean run() throws Exception {
        try (PostgresCluster postgres = PostgresCluster.start(settings.work(), settings.ports().postgres());
             BrokerPair brokers = BrokerPair.create(settings, directory.resolve("brokers"))) {
            postgres.createDatabase("portcullis");
            brokers.start();
            PortcullisProcess app = new PortcullisProcess(settings, directory.resolve("app"),
                    ProductionSetup.args(brokers.url(), postgres));
            try (app; Carrier carrier = new Carrier(brokers.url(), ExternalBroker.USER, ExternalBroker.PASSWORD, CARRIER)) {
                app.start();
                Traffic traffic = new Traffic(carrier, "f", settings.crashFilings());
                long begin = System.nanoTime();
                traffic.start();
                traffic.awaitSent(traffic.count() / 2);
                long killedAt = System.nanoTime();
                brokers.killLive();
                Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
                traffic.finish();
                NoticeLedger ledger = CrashRun.settle(carrier, traffic);
                Duration settled = Duration.ofNanos(System.nanoTime() - begin);
                CrashCheck check = new CrashCheck();
                check.checkWire(traffic, ledger, CrashRun.deadLetters(brokers.url(), ExternalBroker.USER,
                        ExternalBroker.PASSWORD));
                check.checkDatabase(postgres.url("portcullis"), "postgres", "", traffic, CARRIER);
                String setup = "Broker pair (live/backup, replication): SIGKILL to the live broker half-way";
                report.row(setup, "backup live after the kill", "", takeover.toMillis() / 1000.0, "s", "");
                report.row(setup, "application still the same process (no restart)", "", app.alive() ? 1 : 0,
                        "yes=1", app.alive() ? "ok" : "FAILED");
                report.row(setup, "all filings answered after the start of sending", "", settled.toMillis() / 1000.0,
                        "s", "");
                boolean passed = CrashRun.record(report, setup, traffic, carrier, check) && app.alive();
                log.info("Broker failover: {}", passed ? "passed" : "FAILED");
                return passed;
            }
        }
    }
}
