package org.portcullis.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rolling upgrade as docs/operations.md describes it, on one PostgreSQL and one external Artemis broker: a node of
 * the previous release ({@code bench.upgrade.from}, built by {@link PreviousRelease}) runs alone on a new database
 * and takes filings; a node of this build starts beside it and migrates the database while it runs; both take
 * filings; then the old node restarts on the newer schema (its Flyway meets migrations it does not know) and both
 * take filings again. Over HTTP each batch goes to one node, its repeats to the other; over the broker filings go
 * to whichever node takes them. Then {@link CrashCheck}'s counts (one case and one answer per filing) and
 * {@link UpgradeCheck}'s (answers, repeats, the old node's pages, Flyway and SQL errors in the nodes' logs).
 */
final class UpgradeRun {

    private static final Logger log = LoggerFactory.getLogger(UpgradeRun.class);
    static final String HTTP_CARRIER = "UPGRADE-H";
    static final String QUEUE_CARRIER = "UPGRADE-Q";
    static final String SECTION = "Rolling upgrade: previous release's node beside this build's on the migrated schema";

    private final BenchSettings settings;
    private final Report report;
    private final Path directory;

    UpgradeRun(BenchSettings settings, Report report, Path directory) {
        this.settings = settings;
        this.report = report;
        this.directory = directory.resolve("upgrade");
    }

    boolean run() throws Exception {
        PreviousRelease release = PreviousRelease.prepare(settings.repository(), settings.upgradeFrom(),
                settings.work());
        report.fact("previous release (bench.upgrade.from=" + settings.upgradeFrom() + ")", release.describe());
        report.fact("this build", Machine.command(settings.repository(), "git", "log", "-1", "--format=%h %ad %s",
                "--date=iso"));
        try (PostgresCluster postgres = PostgresCluster.start(settings.work(), settings.ports().postgres());
             ExternalBroker broker = ExternalBroker.create(settings.artemisHome(), directory.resolve("broker"),
                     settings.ports().broker(), settings.brokerXml(), settings.brokerPluginJar())) {
            postgres.createDatabase("portcullis");
            broker.start();
            PortcullisProcess old = node(release.jar(), release.ruleSet(), "old-node", 0, postgres, broker.url());
            PortcullisProcess current = node(settings.applicationJar(), settings.ruleSet(), "new-node", 1, postgres,
                    broker.url());
            try (old; current; Carrier queue = new Carrier(broker.url(), ExternalBroker.USER, ExternalBroker.PASSWORD,
                    QUEUE_CARRIER)) {
                boolean passed = upgrade(postgres.url("portcullis"), broker, old, current, queue);
                log.info("Rolling upgrade from {}: {}", release.describe(), passed ? "passed" : "FAILED");
                return passed;
            }
        }
    }

    private boolean upgrade(String database, ExternalBroker broker, PortcullisProcess old, PortcullisProcess current,
            Carrier queue) throws Exception {
        int batch = Math.max(20, settings.crashFilings() / 20);
        HttpCarrier toOld = new HttpCarrier(old.httpPort(), HTTP_CARRIER, BenchCarriers.PASSWORD);
        HttpCarrier toNew = toOld.at(current.httpPort(), HTTP_CARRIER, BenchCarriers.PASSWORD);
        List<Traffic> http = new ArrayList<>();
        UpgradeCheck upgrade = new UpgradeCheck(new CheckCounts());
        old.start();
        String oldSchema = schemaVersion(database);
        http.add(send(toOld, "old-alone", batch));
        if (!started(current, "new node: did not start on the previous release's schema", upgrade)) {
            return refused(upgrade, old, current);
        }
        String newSchema = schemaVersion(database);
        Traffic queued = new Traffic(queue, "q", Math.max(100, settings.crashFilings() / 4));
        queued.start();
        http.add(send(toOld, "old-beside-new", batch));
        http.add(send(toNew, "new-beside-old", batch));
        repeat(http.get(0), toNew);
        repeat(http.get(2), toOld);
        old.close();
        if (!started(old, "old node: did not start again on the migrated schema", upgrade)) {
            queued.finish();
            return refused(upgrade, old, current);
        }
        http.add(send(toOld, "old-restarted", batch));
        http.add(send(toNew, "new-after-restart", batch));
        repeat(http.get(3), toNew);
        queued.finish();
        report.fact("schema version after the old node's start / after the new node's", oldSchema + " / " + newSchema);

        NoticeLedger ledger = CrashRun.settle(queue, queued);
        upgrade.awaitAssessed(database, HTTP_CARRIER, http, TimeUnit.MINUTES.toMillis(10));
        CrashCheck crash = new CrashCheck("ASSESSED", upgrade.counts());
        crash.checkWire(queued, ledger);
        for (Traffic traffic : http) {
            crash.checkDatabase(database, "postgres", "", traffic, HTTP_CARRIER);
            upgrade.checkAnswers(traffic, toOld);
        }
        crash.checkDatabase(database, "postgres", "", queued, QUEUE_CARRIER);
        crash.checkDeadLetters(CrashRun.deadLetters(broker.url(), ExternalBroker.USER, ExternalBroker.PASSWORD,
                "portcullis.filings.DLQ"));
        upgrade.checkPages("old node", old.httpPort(), http, toOld);
        upgrade.checkPages("new node", current.httpPort(), http, toOld);
        upgrade.checkLog("old node", old.logFile());
        upgrade.checkLog("new node", current.logFile());
        report.fact("old node's Flyway, start by start", String.join(" | ", upgrade.flywayLines(old.logFile())));
        report.fact("rule set served by the old node / the new node",
                OfficerSession.ruleSetVersion(old.httpPort(), RuleSetSwitch.ADMIN, RuleSetSwitch.ADMIN) + " / "
                        + OfficerSession.ruleSetVersion(current.httpPort(), RuleSetSwitch.ADMIN, RuleSetSwitch.ADMIN));
        report.fact("load average when settled", Machine.loadAverage());
        return CrashRun.record(report, SECTION, http.size() * batch + queued.count(), queue.retriedSends(), crash);
    }

    /** Starts {@code node}; when it stops during its start (Flyway refusing the schema, say), counts the problem. */
    private static boolean started(PortcullisProcess node, String problem, UpgradeCheck upgrade) throws Exception {
        try {
            node.start();
            upgrade.counts().set(problem, 0);
            return true;
        } catch (IllegalStateException stopped) {
            log.warn("{}: {}", problem, stopped.getMessage());
            upgrade.counts().set(problem, 1);
            return false;
        }
    }

    /** The report of a run that ended because a node did not start: what the nodes' logs say. */
    private boolean refused(UpgradeCheck upgrade, PortcullisProcess old, PortcullisProcess current) throws Exception {
        upgrade.checkLog("old node", old.logFile());
        upgrade.checkLog("new node", current.logFile());
        report.fact("old node's Flyway, start by start", String.join(" | ", upgrade.flywayLines(old.logFile())));
        report.fact("new node's Flyway", String.join(" | ", upgrade.flywayLines(current.logFile())));
        return CrashRun.record(report, SECTION, 0, 0, new CrashCheck("ASSESSED", upgrade.counts()));
    }

    /** Sends {@code count} filings to one node over HTTP, one after another; every tenth is invalid. */
    private static Traffic send(HttpCarrier carrier, String prefix, int count) throws Exception {
        Traffic traffic = new Traffic(carrier, prefix, count);
        traffic.start();
        traffic.finish();
        log.info("{} filings {} sent", count, prefix);
        return traffic;
    }

    /** Sends every message of {@code traffic} again, with the same id and body, to another node. */
    private static void repeat(Traffic traffic, HttpCarrier carrier) throws Exception {
        Traffic again = new Traffic(carrier, traffic.prefix(), traffic.count());
        again.start();
        again.finish();
    }

    private static String schemaVersion(String database) throws SQLException {
        try (Connection db = DriverManager.getConnection(database, "postgres", "")) {
            return String.valueOf(CheckCounts.single(db, "select max(installed_rank) from flyway_schema_history"))
                    + " migrations, latest V" + CheckCounts.text(db, "select version from flyway_schema_history "
                    + "where success order by installed_rank desc limit 1");
        }
    }

    private PortcullisProcess node(Path jar, Path ruleSet, String name, int offset, PostgresCluster postgres,
            String brokerUrl) {
        List<String> args = new ArrayList<>(ProductionSetup.args(brokerUrl, postgres));
        args.addAll(List.of("--spring.profiles.active=demo", "--portcullis.rules.watch=" + (offset == 0),
                "--portcullis.watchlists.un-consolidated=", "--portcullis.watchlists.eu-fsf=",
                "--portcullis.watchlists.ofac-sdn=",
                "--portcullis.carriers.accounts." + HTTP_CARRIER + ".password={noop}" + BenchCarriers.PASSWORD,
                "--portcullis.carriers.accounts." + HTTP_CARRIER + ".notices=HTTP"));
        return new PortcullisProcess(settings, jar, ruleSet, directory.resolve(name), settings.ports().http() + offset,
                args);
    }
}
