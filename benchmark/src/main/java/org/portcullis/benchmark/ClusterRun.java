package org.portcullis.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two application nodes (the same jar on two ports) on one PostgreSQL and one external Artemis broker. While
 * {@code bench.crash.filings} filings flow (ships of {@link ClusterFilings#PER_VESSEL}, every twentieth filing
 * referred to a clerk, every tenth invalid), clerks release the referrals through the nodes' web UI in turn and the
 * port community system ({@link PcsPort}) reports each ship's arrival while its filings are still being taken in, and
 * its departure once they are all released. Node 2 gets SIGKILL a third of the way through; while it is down the rule
 * set changes on node 1 (the watching node), and node 2 restarts; at two thirds the rule set changes again with both
 * up. Then the counts of {@link CrashCheck} (cases RELEASED) and {@link ClusterCheck}, the moments each node put each
 * version live, and the throughput of two nodes and of one node on the same database.
 */
final class ClusterRun {

    private static final Logger log = LoggerFactory.getLogger(ClusterRun.class);
    static final String CARRIER = "CLUSTER";
    static final String SECTION = "Two nodes (PostgreSQL, external Artemis): SIGKILL to node 2 at 1/3, restart";
    /** The documented bound on how far apart nodes switch: one poll interval (1 s) plus this check's sampling. */
    static final Duration SWITCH_SPREAD_BOUND = Duration.ofMillis(1500);

    private final BenchSettings settings;
    private final Report report;
    private final Path directory;

    ClusterRun(BenchSettings settings, Report report, Path directory) {
        this.settings = settings;
        this.report = report;
        this.directory = directory.resolve("cluster");
    }

    boolean run() throws Exception {
        try (PostgresCluster postgres = PostgresCluster.start(settings.work(), settings.ports().postgres());
             ExternalBroker broker = ExternalBroker.create(settings.artemisHome(), directory.resolve("broker"),
                     settings.ports().broker(), settings.brokerXml(), settings.brokerPluginJar())) {
            postgres.createDatabase("portcullis");
            broker.start();
            PortcullisProcess first = node(1, postgres, broker.url(), true);
            PortcullisProcess second = node(2, postgres, broker.url(), false);
            List<PortcullisProcess> nodes = List.of(first, second);
            String database = postgres.url("portcullis");
            try (first; second; Carrier carrier = new Carrier(broker.url(), ExternalBroker.USER, ExternalBroker.PASSWORD,
                    CARRIER); Clerks clerks = new Clerks(database, nodes)) {
                first.start();
                second.start();
                boolean passed = faults(broker, database, nodes, carrier, clerks);
                throughput(broker.url(), first, second);
                return passed;
            }
        }
    }

    private boolean faults(ExternalBroker broker, String database, List<PortcullisProcess> nodes, Carrier carrier,
            Clerks clerks) throws Exception {
        PortcullisProcess first = nodes.get(0);
        PortcullisProcess second = nodes.get(1);
        RuleSetSwitch rules = new RuleSetSwitch(first, nodes);
        String initial = rules.awaitSwitch("").version();
        PcsPort pcs = new PcsPort(broker.url());
        int count = settings.crashFilings();
        Traffic traffic = new Traffic(carrier, "c", count, i -> ClusterFilings.body("LRN-c-" + i, i));
        long begin = System.nanoTime();
        clerks.start();
        pcs.start(database, CARRIER, count);
        traffic.start();
        traffic.awaitSent(count / 3);
        second.kill();
        rules.change();
        second.start();
        RuleSetSwitch.Outcome whileDown = rules.awaitSwitch(initial);
        traffic.awaitSent(2 * count / 3);
        rules.change();
        RuleSetSwitch.Outcome bothUp = rules.awaitSwitch(whileDown.version());
        traffic.finish();
        clerks.finish(ClusterFilings.referrals(count), TimeUnit.MINUTES.toMillis(10));
        NoticeLedger ledger = CrashRun.settle(carrier, traffic, Set.of("ACCEPTED", "ASSESSMENT_COMPLETE", "RELEASED"));
        pcs.finish(TimeUnit.MINUTES.toMillis(2));
        double seconds = (System.nanoTime() - begin) / 1e9;
        CheckCounts problems = new CheckCounts();
        CrashCheck crash = new CrashCheck("RELEASED", problems);
        crash.checkWire(traffic, ledger);
        crash.checkDeadLetters(CrashRun.deadLetters(broker.url(), ExternalBroker.USER, ExternalBroker.PASSWORD,
                "portcullis.filings.DLQ"));
        crash.checkDatabase(database, "postgres", "", traffic, CARRIER);
        ClusterCheck cluster = new ClusterCheck(problems);
        cluster.checkWire(traffic, ledger);
        cluster.checkDatabase(database, traffic, CARRIER);
        cluster.checkSweep(nodes.stream().mapToInt(ClusterRun::sweptCases).sum());
        problems.set("broker: port call events on portcullis.pcs.DLQ", CrashRun.deadLetters(broker.url(),
                ExternalBroker.USER, ExternalBroker.PASSWORD, "portcullis.pcs.DLQ"));
        report.row(SECTION, "release forms the nodes took from the clerks (web UI)", "", clerks.released(), "forms", "");
        report.row(SECTION, "clerks' requests a node refused / no node answered", "",
                clerks.refused() + clerks.unanswered(), "requests", "");
        report.row(SECTION, "arrivals sent by the port community system", "", pcs.arrivals(), "events", "");
        report.row(SECTION, "departures sent by the port community system", "", pcs.departures(), "events", "");
        report.row(SECTION, "cases opened after their ship's arrival was sent (arrival while the ship's filings flowed)",
                "", pcs.openedAfterArrival(), "cases", "");
        report.row(SECTION, "all filings settled (sent, answered, decided, released) after", "", seconds, "s", "");
        report.fact("load average when settled", Machine.loadAverage());
        boolean switched = recordSwitches(whileDown, bothUp);
        boolean passed = CrashRun.record(report, SECTION, traffic, carrier, crash) && switched;
        log.info("Two nodes: {}", passed ? "passed" : "FAILED");
        return passed;
    }

    private boolean recordSwitches(RuleSetSwitch.Outcome whileDown, RuleSetSwitch.Outcome bothUp) {
        boolean caughtUp = whileDown.version() != null;
        report.row(SECTION, "rule set changed while node 2 was down: node 2 serves it after its restart", "",
                caughtUp ? 1 : 0, "yes=1", caughtUp ? "ok" : "FAILED");
        Duration spread = bothUp.spread();
        boolean together = spread != null && spread.compareTo(SWITCH_SPREAD_BOUND) <= 0;
        for (int node = 0; node < bothUp.liveAt().size(); node++) {
            report.fact("rule set " + bothUp.version() + " live on node " + (node + 1) + " at", String.valueOf(bothUp.liveAt().get(node)));
        }
        report.row(SECTION, "rule set changed with both up: nodes put it live apart by",
                "<= " + SWITCH_SPREAD_BOUND.toMillis() + " ms", spread == null ? Double.NaN : spread.toMillis(), "ms",
                together ? "ok" : "FAILED");
        report.fact("rule set versions (initial change, second change)", whileDown.version() + ", " + bothUp.version());
        return caughtUp && together;
    }

    /** Throughput with both nodes up, then with node 2 stopped (the JVMs warm from the check before). */
    private void throughput(String brokerUrl, PortcullisProcess first, PortcullisProcess second) throws Exception {
        int filings = Math.max(200, settings.crashFilings() / 4);
        List<NodeThroughput.Figure> figures = new ArrayList<>();
        figures.add(NodeThroughput.measure(brokerUrl, "CLUSTER-T2", "t2", filings, first.pid()));
        second.close();
        figures.add(NodeThroughput.measure(brokerUrl, "CLUSTER-T1", "t1", filings, first.pid()));
        String section = "Throughput on one database and broker (filings to ASSESSMENT_COMPLETE, every tenth rejected)";
        String[] setups = {"two nodes", "one node"};
        for (int i = 0; i < figures.size(); i++) {
            NodeThroughput.Figure figure = figures.get(i);
            report.row(section, setups[i], filings + " filings", figure.filingsPerSecond(), "filings/s",
                    figure.complete() ? "" : "INCOMPLETE");
            report.row(section, setups[i] + ": machine busy", "", 100 * figure.machineBusyShare(), "%", "");
        }
        report.fact("load average after the throughput runs", Machine.loadAverage());
    }

    /** How many cases the missed-arrival sweep found waiting for a recorded arrival, from the node's log. */
    private static int sweptCases(PortcullisProcess node) {
        try (Stream<String> lines = Files.lines(node.logFile())) {
            return (int) lines.filter(line -> line.contains("without having heard it")).count();
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot read {}: {}", node.logFile(), e.toString());
            return -1;
        }
    }

    private PortcullisProcess node(int number, PostgresCluster postgres, String brokerUrl, boolean watchRules) {
        List<String> args = new ArrayList<>(ProductionSetup.args(brokerUrl, postgres));
        args.addAll(List.of("--spring.profiles.active=demo", "--portcullis.rules.watch=" + watchRules,
                "--portcullis.watchlists.un-consolidated=", "--portcullis.watchlists.eu-fsf=",
                "--portcullis.watchlists.ofac-sdn=", "--portcullis.pcs.eta-window=P10D"));
        return new PortcullisProcess(settings, directory.resolve("node-" + number),
                settings.ports().http() + number - 1, args);
    }
}
