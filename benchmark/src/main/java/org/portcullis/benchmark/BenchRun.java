package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark of record: raw bounds of the parts (Camunda, Artemis, Drools alone), the application end to end
 * (sustained throughput, then latency at half of it), and the growth curves of assessment and screening.
 */
final class BenchRun {

    private static final Logger log = LoggerFactory.getLogger(BenchRun.class);
    /** The raw bounds are steadier than the whole: half the end-to-end time each, 30 s at most. */
    private static final Duration BOUND_MEASURE_MAX = Duration.ofSeconds(30);
    private static final String INTERLEAVED = "Interleaved: bounds and end-to-end windows";

    private final BenchSettings settings;
    private final Report report;
    private final Path directory;
    private final Warmup boundWarmup;
    private final Duration boundMeasure;
    /** The Camunda bounds' CPU an instance (the engine's JVM and PostgreSQL), in ms, in the order measured. */
    private final List<Double> boundCpuMs = new ArrayList<>();
    /** The end-to-end windows' CPU per filing (the application's JVM and PostgreSQL), in ms, in the order measured. */
    private final List<Double> filingCpuMs = new ArrayList<>();
    private ApplicationSettings app;
    private PostgresCluster cluster;
    private String user;
    private long databasePid;
    /** Whether the application has started (its database holds engine tables a bound may copy). */
    private boolean applicationStarted;
    /** The first Camunda bound (its statements compared with the end to end's on PostgreSQL). */
    private CamundaBound.Result firstBound;

    BenchRun(BenchSettings settings, Report report, Path directory) {
        this.settings = settings;
        this.report = report;
        this.directory = directory;
        this.boundWarmup = settings.warmup().halved();
        this.boundMeasure = settings.duration().dividedBy(2).compareTo(BOUND_MEASURE_MAX) > 0 ? BOUND_MEASURE_MAX
                : settings.duration().dividedBy(2);
    }

    void run() throws Exception {
        app = new ApplicationSettings(settings.applicationYml(), settings.appArgs());
        boolean postgres = "postgres".equals(settings.database());
        if (settings.boundOnApplicationEngineTables() && !postgres) {
            throw new IllegalArgumentException("bench.bound.engine-tables=application copies the engine's tables with "
                    + "PostgreSQL's tools: run it with bench.database=postgres, not " + settings.database());
        }
        try (PostgresCluster started = postgres ? PostgresCluster.start(settings.work(), settings.ports().postgres())
                : null) {
            cluster = started;
            String appUrl;
            if (cluster != null) {
                cluster.createDatabase("portcullis");
                appUrl = cluster.url("portcullis");
                report.fact("database", "PostgreSQL " + cluster.version() + " (throw-away cluster; "
                        + PostgresCluster.SETTINGS + "; JDBC reWriteBatchedInserts=true)");
                if (!settings.engineSql().isEmpty()) {
                    report.fact("after the engine's schema (bench.engine.sql)", String.join("; ",
                            settings.engineSql()));
                }
            } else {
                appUrl = "jdbc:h2:file:" + directory.resolve("app-data/portcullis") + ";DB_CLOSE_ON_EXIT=FALSE";
                report.fact("database", "H2 file");
            }
            user = cluster != null ? "postgres" : "sa";
            String body = Filings.json("SIZE", settings.consignments());
            report.fact("filing", settings.consignments() + " consignments, " + body.length() + " bytes of JSON");

            databasePid = cluster != null ? cluster.pid() : 0;
            if (cluster != null) {
                new StatementProfile(cluster.url("postgres"), appUrl, "portcullis").install();
            }
            double slowest = settings.bounds() ? rawBounds(body) : Double.NaN;

            List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + appUrl,
                    "--spring.datasource.username=" + user, "--spring.datasource.password="));
            try (ExternalBroker broker = settings.externalBroker() ? ExternalBroker.create(settings.artemisHome(),
                    directory.resolve("broker"), settings.ports().broker(), settings.brokerXml(),
                    settings.brokerPluginJar()) : null) {
                EndToEndRun.CarrierLogin login = EndToEndRun.CarrierLogin.embedded("tcp://127.0.0.1:"
                        + settings.ports().core());
                long brokerPid = 0;
                if (broker != null) {
                    broker.start();
                    brokerPid = broker.pid();
                    args.addAll(ProductionSetup.brokerArgs(broker.url()));
                    login = carrierId -> new Carrier(broker.url(), ExternalBroker.USER, ExternalBroker.PASSWORD,
                            carrierId);
                }
                report.fact("broker", broker != null ? "external Artemis " + broker.url()
                        + " (its own process, made from the application's broker.xml)" : "embedded in the application");
                StatementProfile statements = cluster != null ? new StatementProfile(cluster.url("postgres"),
                        appUrl, "portcullis") : null;
                endToEnd(args, appUrl, login, brokerPid, slowest, statements);
            }
            if (pairs() == 1 && !boundCpuMs.isEmpty() && !filingCpuMs.isEmpty()) {
                boundAgain();
            }
        }
        if (settings.growth()) {
            for (var score : new RulesFigures(settings).growth()) {
                report.row("Growth", score.benchmark(), score.parameter(), score.score(), score.unit(),
                        "± " + Report.format(score.error()));
            }
        }
        app.describeInto(report);
    }

    /** End-to-end windows interleaved with bounds: as asked (bench.pairs), when the Camunda bound is measured. */
    private int pairs() {
        return settings.bounds() ? settings.pairs() : 1;
    }

    /**
     * The application end to end: sustained throughput and the CPU it took, in each window with a Camunda bound
     * between windows (the application idle, same process and database), then latency at half the windows' rate.
     */
    private void endToEnd(List<String> args, String appUrl, EndToEndRun.CarrierLogin login, long brokerPid,
            double slowest, StatementProfile statements) throws Exception {
        try (PortcullisProcess portcullis = new PortcullisProcess(settings, directory.resolve("app"), args)) {
            Duration startup = portcullis.start();
            applicationStarted = true;
            report.fact("application command", portcullis.commandLine());
            if (cluster != null) {
                runEngineSql(appUrl);
            }
            EndToEndRun e2e = new EndToEndRun(login, settings.consignments(),
                    new CpuUse(portcullis.pid(), databasePid, brokerPid));
            double rates = 0;
            for (int window = 1; window <= pairs(); window++) {
                if (window > 1) {
                    interleavedBound(window, null);
                }
                var throughput = e2e.throughput(settings.warmup(), settings.duration(), window == 1
                        ? profileListener(statements, StatementProfile.END_TO_END) : window == pairs()
                        ? profileListener(statements, StatementProfile.END_TO_END_LAST)
                        : EndToEndRun.WindowListener.NONE);
                throughputRows(window, throughput, brokerPid, slowest);
                rates += throughput.filingsPerSecond();
            }
            if (pairs() > 1) {
                interleavedBound(pairs() + 1, StatementProfile.BOUND_AFTER);
                interleavedRows();
            }
            var latency = e2e.latency(rates / pairs() / 2, Duration.ofSeconds(10), settings.duration());
            latencyRows("send to ACCEPTED", latency.toAccepted(), latency.rate());
            latencyRows("send to ASSESSMENT_COMPLETE", latency.toComplete(), latency.rate());
            double p99 = latency.toAccepted().getValueAtPercentile(99) / 1000.0;
            report.row("Latency at half load", "p99 send to ACCEPTED", "target < 250 ms", p99, "ms",
                    p99 < 250 ? "met" : "NOT met");
            report.row("Start-up", "application start to HTTP ready", "", startup.toMillis() / 1000.0, "s", "");
        }
    }

    /** The statements of an end-to-end window under {@code scope}; the first window's beside the first bound's. */
    private EndToEndRun.WindowListener profileListener(StatementProfile statements, StatementProfile.Scope scope) {
        return statements == null ? EndToEndRun.WindowListener.NONE : new EndToEndRun.WindowListener() {
            @Override
            public void opened() throws Exception {
                statements.reset();
            }

            @Override
            public void closed(long completed) throws Exception {
                StatementProfile.Snapshot snapshot = statements.snapshot();
                StatementProfile.record(snapshot, completed, scope, report, directory);
                if (scope == StatementProfile.END_TO_END) {
                    compareWithBound(snapshot.entries(), completed);
                }
            }
        };
    }

    /** One end-to-end window's figures; the first window's under the sections of a run without interleaving. */
    private void throughputRows(int window, EndToEndRun.Throughput throughput, long brokerPid, double slowest) {
        String suffix = window == 1 ? "" : " (window " + window + ")";
        String e2e = "End to end" + suffix;
        String perFiling = "CPU per filing" + suffix;
        CpuUse.Between cpu = throughput.cpu();
        report.row(e2e, "warm-up until the application's JIT compiler settled", "",
                throughput.warmup().toSeconds(), "s", "");
        report.row(e2e, "filings from portcullis.filings to ASSESSMENT_COMPLETE, sustained",
                settings.duration().toSeconds() + " s, " + EndToEndRun.WINDOW + " in flight",
                throughput.filingsPerSecond(), "filings/s", throughput.rejected() + " rejected");
        report.row(e2e, "machine's cores busy during the window", "all processes",
                100 * cpu.machineBusyShare(), "%", "");
        report.row(e2e, "CPU during the window: the application's JVM", "", cpu.appCores(), "cores", "");
        report.row(e2e, "CPU during the window: the application's JIT compiler threads", "",
                cpu.appJitCores(), "cores", "part of the JVM's");
        report.row(e2e, "CPU during the window: the application's risk reports thread", "",
                cpu.appReportCores(), "cores", "part of the JVM's; periodic, not per filing");
        report.row(e2e, "CPU during the window: this harness (the carrier)", "", cpu.harnessCores(), "cores", "");
        report.row(e2e, "CPU during the window: PostgreSQL's processes", "", cpu.databaseCores(), "cores", "");
        if (brokerPid != 0) {
            report.row(e2e, "CPU during the window: the external broker's process", "", cpu.brokerCores(), "cores",
                    "");
        }
        report.row(e2e, "CPU during the window: everything else on the machine", "",
                Math.max(0, cpu.otherCores() - cpu.databaseCores() - cpu.brokerCores()), "cores",
                "other work sharing the machine");
        double rate = throughput.filingsPerSecond();
        double jvmMs = CpuUse.Between.perUnit(cpu.appCores(), rate);
        double databaseMs = CpuUse.Between.perUnit(cpu.databaseCores(), rate);
        report.row(perFiling, "the application's JVM", "", jvmMs, "ms", "");
        report.row(perFiling, "PostgreSQL", "", databaseMs, "ms", "");
        report.row(perFiling, "the harness (the carrier)", "", CpuUse.Between.perUnit(cpu.harnessCores(), rate), "ms",
                "");
        report.row(perFiling, "PostgreSQL's processes runnable but waiting for a core", "run queue, "
                + "/proc schedstat", CpuUse.Between.perUnit(cpu.databaseWaitCores(), rate), "ms",
                "wall time inside statements that is not work");
        report.row(perFiling, "the application's threads runnable but waiting for a core", "run queue",
                CpuUse.Between.perUnit(cpu.appWaitCores(), rate), "ms", "");
        if (brokerPid != 0) {
            report.row(perFiling, "the external broker", "", CpuUse.Between.perUnit(cpu.brokerCores(), rate), "ms",
                    "");
        }
        filingCpuMs.add(jvmMs + databaseMs);
        if (boundCpuMs.size() >= window) {
            report.row(perFiling, "share of the Camunda bound by CPU: the engine alone's CPU per "
                    + "instance over the application's and PostgreSQL's per filing", "target >= 60%",
                    100 * boundCpuMs.get(window - 1) / (jvmMs + databaseMs), "%",
                    window == 1 ? "holds on a machine shared with other work" : "against the bound before the window");
        }
        if (window == 1 && settings.bounds()) {
            double ratio = rate / slowest;
            report.row(e2e, "share of the slowest raw bound", "target >= 70%", 100 * ratio, "%",
                    ratio >= 0.7 ? "met" : "NOT met");
        }
    }

    /**
     * A Camunda bound on a database of its own, the application's database vacuumed and checkpointed first so that
     * none of its work runs in the window; on PostgreSQL its statements profiled under {@code scope} (none if null).
     */
    private CamundaBound.Result bound(String database, StatementProfile.Scope scope) throws Exception {
        String url;
        if (cluster != null) {
            cluster.settle("portcullis");
            cluster.createDatabase(database);
            if (settings.boundOnApplicationEngineTables() && applicationStarted) {
                copyEngineTables(database);
            }
            url = cluster.url(database);
        } else {
            url = "jdbc:h2:file:" + directory.resolve(database.replace('_', '-') + "/engine")
                    + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        StatementProfile profile = cluster != null && scope != null
                ? new StatementProfile(cluster.url("postgres"), url, database) : null;
        CamundaBound.Result bound = new CamundaBound(cluster != null ? settings.engineSql() : List.of()).measure(url,
                user, "", app, boundWarmup, boundMeasure.toMillis(), databasePid, profile);
        if (profile != null) {
            StatementProfile.record(bound.statements(), bound.instances(), scope, report, directory);
        }
        boundCpuMs.add(bound.cpuMsPerInstance());
        return bound;
    }

    /**
     * The application's engine tables as they stand into a bound's new database (bench.bound.engine-tables), vacuumed
     * and analysed, so that the bound runs beside as many waiting instances and as much history as the application.
     */
    private void copyEngineTables(String database) throws Exception {
        long start = System.nanoTime();
        cluster.copyEngineTables("portcullis", database);
        cluster.settle(database);
        long executions = cluster.count(database, "act_ru_execution");
        long jobs = cluster.count(database, "act_ru_job");
        log.info("{}: the application's engine tables copied in {} s ({} executions, {} jobs)", database,
                (System.nanoTime() - start) / 1_000_000_000, executions, jobs);
        report.row(INTERLEAVED, database + ": engine tables copied from the application's database",
                "bench.bound.engine-tables=application", executions, "executions", jobs + " jobs");
    }

    /** The bound between two end-to-end windows or after the last (the {@code number}th bound of the run). */
    private void interleavedBound(int number, StatementProfile.Scope scope) throws Exception {
        CamundaBound.Result bound = bound("camunda_bound_" + number, scope);
        report.row(INTERLEAVED, "Camunda bound " + number + ": CPU per instance, the engine's JVM / PostgreSQL", "",
                bound.cpuMsPerInstance(), "ms", Report.format(bound.jvmMsPerInstance()) + " / "
                        + Report.format(bound.databaseMsPerInstance()) + "; "
                        + Report.format(bound.instancesPerSecond()) + " instances/s; everything else "
                        + Report.format(bound.otherCores()) + " cores (the idle application among it)");
        waitRows(INTERLEAVED, bound);
    }

    /** Each window's share against the mean of its two neighbouring bounds, and their mean and spread. */
    private void interleavedRows() {
        InterleavedShare shares = new InterleavedShare(boundCpuMs, filingCpuMs);
        for (int window = 0; window < filingCpuMs.size(); window++) {
            report.row(INTERLEAVED, "window " + (window + 1) + ": share of the Camunda bound by CPU against the "
                    + "mean of the bounds before and after it", "target >= 60%", 100 * shares.share(window), "%",
                    "bounds " + Report.format(boundCpuMs.get(window)) + " / " + Report.format(boundCpuMs.get(window
                            + 1)) + " ms (" + Report.format(100 * shares.boundDrift(window)) + " %), filing "
                            + Report.format(filingCpuMs.get(window)) + " ms");
        }
        var spread = shares.spread();
        report.row(INTERLEAVED, "share of the Camunda bound by CPU: mean of the windows' shares",
                filingCpuMs.size() + " windows", 100 * spread.getAverage(), "%", "target >= 60%");
        report.row(INTERLEAVED, "share of the Camunda bound by CPU: lowest of the windows' shares", "", 100
                * spread.getMin(), "%", "");
        report.row(INTERLEAVED, "share of the Camunda bound by CPU: highest of the windows' shares", "", 100
                * spread.getMax(), "%", "");
    }

    /**
     * The Camunda bound measured once more after the end to end (one window, the application stopped): a virtual
     * machine's speed can move between the first bound and the end-to-end window by more than a change is worth,
     * so the share is also given against this bound and against the mean of the two, with how far they lie apart.
     */
    private void boundAgain() throws Exception {
        CamundaBound.Result after = bound("camunda_bound_after", StatementProfile.BOUND_AFTER);
        InterleavedShare share = new InterleavedShare(boundCpuMs, filingCpuMs);
        double filing = filingCpuMs.get(0);
        report.row("Bound again after the end to end", "Camunda alone: CPU per instance, the engine's JVM / PostgreSQL",
                "", after.cpuMsPerInstance(), "ms", Report.format(after.jvmMsPerInstance()) + " / "
                        + Report.format(after.databaseMsPerInstance()) + "; "
                        + Report.format(after.instancesPerSecond()) + " instances/s");
        waitRows("Bound again after the end to end", after);
        report.row("Bound again after the end to end", "the bound after against the bound before", "",
                100 * share.boundDrift(0), "%", "how far the machine's speed moved around the "
                        + "end to end (the filing's window lies between)");
        report.row("Bound again after the end to end", "share of the Camunda bound by CPU against the bound after",
                "target >= 60%", 100 * after.cpuMsPerInstance() / filing, "%", "");
        report.row("Bound again after the end to end", "share of the Camunda bound by CPU against the mean of the "
                + "two bounds", "target >= 60%", 100 * share.share(0), "%", "");
    }

    private double rawBounds(String body) throws Exception {
        CamundaBound.Result bound = bound("camunda_bound", StatementProfile.BOUND);
        if (cluster != null) {
            firstBound = bound;
        }
        double camunda = bound.instancesPerSecond();
        report.row("Raw bounds", "Camunda alone: CPU per instance, the engine's JVM / PostgreSQL", "",
                bound.cpuMsPerInstance(), "ms", Report.format(bound.jvmMsPerInstance()) + " / "
                        + Report.format(bound.databaseMsPerInstance()));
        waitRows("Raw bounds", bound);
        report.row("Raw bounds", "Camunda alone: preArrivalClearance auto-clear path, stub delegates", "same database",
                camunda, "instances/s", "history " + app.get("camunda.bpm.history-level", "full") + ", written for "
                + app.get("portcullis.process-history", "officers"));
        if ("camunda".equals(System.getProperty("bench.bounds"))) {
            return camunda;
        }
        int consumers = Integer.parseInt(app.get("portcullis.messaging.listener-concurrency", "2").split("-")[0]);
        double artemis = new ArtemisBound().measure(settings.brokerXml(), settings.work().resolve("artemis-bound-"
                + System.currentTimeMillis()), settings.ports().broker(), consumers, body, boundWarmup,
                boundMeasure.toMillis());
        report.row("Raw bounds", "Artemis alone: persistent filing-sized messages, producer over TCP, "
                + consumers + " transacted consumers", body.length() + " bytes", artemis, "messages/s", "app's broker.xml");
        RulesFigures rules = new RulesFigures(settings);
        var drools = rules.droolsThroughput(Runtime.getRuntime().availableProcessors());
        report.row("Raw bounds", "Drools alone: assessing the same filings (JMH)",
                Runtime.getRuntime().availableProcessors() + " threads", drools.score(), "filings/s",
                "± " + Report.format(drools.error()));
        return Math.min(camunda, Math.min(artemis, drools.score()));
    }

    /** bench.engine.sql in the application's database, once the application (and so its engine) has started. */
    private void runEngineSql(String appUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(appUrl, user, "");
             Statement statement = connection.createStatement()) {
            for (String sql : settings.engineSql()) {
                log.info("After the engine's schema: {}", sql);
                statement.execute(sql);
            }
        }
    }

    /** The engine's statements end to end beside the first bound's, when both were profiled. */
    private void compareWithBound(List<StatementProfile.Entry> endToEnd, long filings) throws IOException {
        if (firstBound != null) {
            Files.writeString(directory.resolve("pg-statements-compare.md"), StatementComparison.markdown(
                    StatementComparison.lines(firstBound.statements().entries(), firstBound.instances(), endToEnd,
                            filings)));
        }
    }

    private void waitRows(String section, CamundaBound.Result bound) {
        report.row(section, "Camunda alone: waiting for a core per instance, PostgreSQL's processes / the engine's JVM",
                "run queue, /proc schedstat", bound.databaseWaitMsPerInstance(), "ms",
                Report.format(bound.jvmWaitMsPerInstance()) + " ms the JVM's threads");
    }

    private void latencyRows(String what, Histogram histogram, double rate) {
        String parameter = String.format("%.1f filings/s, %d samples", rate, histogram.getTotalCount());
        for (double percentile : new double[] {50, 95, 99}) {
            report.row("Latency at half load", what + " p" + (int) percentile, parameter,
                    histogram.getValueAtPercentile(percentile) / 1000.0, "ms", "");
        }
        report.row("Latency at half load", what + " max", parameter, histogram.getMaxValue() / 1000.0, "ms", "");
    }
}
