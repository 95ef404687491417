package org.portcullis.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker pair under load: the application on PostgreSQL with a live/backup pair of external Artemis brokers
 * ({@link BrokerPair}), its JMS connection factory and the carrier given the pair's HA address. A third of the way
 * through {@code bench.crash.filings} filings the live broker gets SIGKILL; the backup takes over and the clients
 * fail over to it. At two thirds the live broker starts again with its old journal and takes over from the backup
 * (failback); the clients move back. Then the crash check's counts: every filing one answer and, valid ones, one case
 * and one ASSESSMENT_COMPLETE, on the wire and in the database; nothing on the dead-letter queue.
 */
final class FailoverRun {

    private static final Logger log = LoggerFactory.getLogger(FailoverRun.class);
    static final String CARRIER = "FAILOVER";
    private static final String SETUP = "Broker pair (live/backup, replication): SIGKILL to the live broker at 1/3, "
            + "restarted at 2/3 (failback)";

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
                traffic.awaitSent(traffic.count() / 3);
                long killedAt = System.nanoTime();
                brokers.killLive();
                Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
                traffic.awaitSent(2 * traffic.count() / 3);
                long restartedAt = System.nanoTime();
                brokers.failBack();
                Duration failback = Duration.ofNanos(System.nanoTime() - restartedAt);
                boolean backupAgain = brokers.awaitBackupAgain(Duration.ofMinutes(5));
                traffic.finish();
                NoticeLedger ledger = CrashRun.settle(carrier, traffic);
                Duration settled = Duration.ofNanos(System.nanoTime() - begin);
                CrashCheck check = new CrashCheck();
                check.checkWire(traffic, ledger);
                check.checkDeadLetters(CrashRun.deadLetters(brokers.url(), ExternalBroker.USER,
                        ExternalBroker.PASSWORD));
                check.checkDatabase(postgres.url("portcullis"), "postgres", "", traffic, CARRIER);
                report.row(SETUP, "backup live after the kill", "", takeover.toMillis() / 1000.0, "s", "");
                report.row(SETUP, "live broker restarted: active again (failback) after", "",
                        failback.toMillis() / 1000.0, "s", "");
                report.row(SETUP, "backup a synchronised backup again after the failback", "", backupAgain ? 1 : 0,
                        "yes=1", backupAgain ? "ok" : "FAILED");
                report.row(SETUP, "application still the same process (no restart)", "", app.alive() ? 1 : 0,
                        "yes=1", app.alive() ? "ok" : "FAILED");
                report.row(SETUP, "all filings answered after the start of sending", "", settled.toMillis() / 1000.0,
                        "s", "");
                report.fact("load average when settled", Machine.loadAverage());
                boolean passed = CrashRun.record(report, SETUP, traffic, carrier, check) && app.alive() && backupAgain;
                log.info("Broker failover: {}", passed ? "passed" : "FAILED");
                return passed;
            }
        }
    }
}
