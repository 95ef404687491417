package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final BenchSettings settings;
    private final Report report;
    private final Path directory;
    /** The CPU an instance of the engine alone took (its JVM and PostgreSQL), in ms; 0 until measured. */
    private double camundaCpuMs;
    /** The application's and PostgreSQL's CPU per filing end to end, in ms; 0 until measured. */
    private double filingCpuMs;
    /** PostgreSQL's statements (on PostgreSQL only): the first Camunda bound's window, then the end to end's. */
    private StatementProfile boundStatements;
    private CamundaBound.Result firstBound;

    BenchRun(BenchSettings settings, Report report, Path directory) {
        this.settings = settings;
        this.report = report;
        this.directory = directory;
    }

    void run() throws Exception {
        Warmup boundWarmup = settings.warmup().halved();
        Duration boundMeasure = settings.duration().dividedBy(2).compareTo(BOUND_MEASURE_MAX) > 0 ? BOUND_MEASURE_MAX
                : settings.duration().dividedBy(2);
        ApplicationSettings app = new ApplicationSettings(settings.applicationYml(), settings.appArgs());
        boolean postgres = "postgres".equals(settings.database());
        try (PostgresCluster cluster = postgres ? PostgresCluster.start(settings.work(), settings.ports().postgres()) : null) {
            String appUrl;
            String boundUrl;
            if (cluster != null) {
                cluster.createDatabase("portcullis");
                cluster.createDatabase("camunda_bound");
                appUrl = cluster.url("portcullis");
                boundUrl = cluster.url("camunda_bound");
                report.fact("database", "PostgreSQL " + cluster.version() + " (throw-away cluster; "
                        + PostgresCluster.SETTINGS + "; JDBC reWriteBatchedInserts=true)");
            } else {
                appUrl = "jdbc:h2:file:" + directory.resolve("app-data/portcullis") + ";DB_CLOSE_ON_EXIT=FALSE";
                boundUrl = "jdbc:h2:file:" + directory.resolve("camunda-bound/engine") + ";DB_CLOSE_ON_EXIT=FALSE";
                report.fact("database", "H2 file");
            }
            String user = cluster != null ? "postgres" : "sa";
            String body = Filings.json("SIZE", settings.consignments());
            report.fact("filing", settings.consignments() + " consignments, " + body.length() + " bytes of JSON");

            long databasePid = cluster != null ? cluster.pid() : 0;
            if (cluster != null) {
                new StatementProfile(cluster.url("postgres"), appUrl, "portcullis").install();
                boundStatements = new StatementProfile(cluster.url("postgres"), boundUrl, "camunda_bound");
            }
            double slowest = settings.bounds() ? rawBounds(app, boundUrl, user, body, boundWarmup, boundMeasure,
                    databasePid) : Double.NaN;

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
                endToEnd(args, login, databasePid, brokerPid, slowest, statements);
            }
            if (camundaCpuMs > 0 && filingCpuMs > 0) {
                boundAgain(app, cluster, user, boundWarmup, boundMeasure, databasePid);
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

    /** The application end to end: sustained throughput, the CPU it took, then latency at half that rate. */
    private void endToEnd(List<String> args, EndToEndRun.CarrierLogin login, long databasePid, long brokerPid,
            double slowest, StatementProfile statements) throws Exception {
        try (PortcullisProcess portcullis = new PortcullisProcess(settings, directory.resolve("app"), args)) {
            Duration startup = portcullis.start();
            report.fact("application command", portcullis.commandLine());
            EndToEndRun e2e = new EndToEndRun(login, settings.consignments(),
                    new CpuUse(portcullis.pid(), databasePid, brokerPid));
            var throughput = e2e.throughput(settings.warmup(), settings.duration(), statements == null
                    ? EndToEndRun.WindowListener.NONE : new EndToEndRun.WindowListener() {
                        @Override
                        public void opened() throws Exception {
                            statements.reset();
                        }

                        @Override
                        public void closed(long completed) throws Exception {
                            StatementProfile.Snapshot snapshot = statements.snapshot();
                            StatementProfile.record(snapshot, completed, StatementProfile.END_TO_END, report,
                                    directory);
                            compareWithBound(snapshot.entries(), completed);
                        }
                    });
            report.row("End to end", "warm-up until the application's JIT compiler settled", "",
                    throughput.warmup().toSeconds(), "s", "");
            report.row("End to end", "filings from portcullis.filings to ASSESSMENT_COMPLETE, sustained",
                    settings.duration().toSeconds() + " s, " + EndToEndRun.WINDOW + " in flight",
                    throughput.filingsPerSecond(), "filings/s", throughput.rejected() + " rejected");
            report.row("End to end", "machine's cores busy during the window", "all processes",
                    100 * throughput.cpu().machineBusyShare(), "%", "");
            report.row("End to end", "CPU during the window: the application's JVM", "",
                    throughput.cpu().appCores(), "cores", "");
            report.row("End to end", "CPU during the window: the application's JIT compiler threads", "",
                    throughput.cpu().appJitCores(), "cores", "part of the JVM's");
            report.row("End to end", "CPU during the window: the application's risk reports thread", "",
                    throughput.cpu().appReportCores(), "cores", "part of the JVM's; periodic, not per filing");
            report.row("End to end", "CPU during the window: this harness (the carrier)", "",
                    throughput.cpu().harnessCores(), "cores", "");
            report.row("End to end", "CPU during the window: PostgreSQL's processes", "",
                    throughput.cpu().databaseCores(), "cores", "");
            if (brokerPid != 0) {
                report.row("End to end", "CPU during the window: the external broker's process", "",
                        throughput.cpu().brokerCores(), "cores", "");
            }
            report.row("End to end", "CPU during the window: everything else on the machine", "",
                    Math.max(0, throughput.cpu().otherCores() - throughput.cpu().databaseCores()
                            - throughput.cpu().brokerCores()), "cores", "other work sharing the machine");
            double rate = throughput.filingsPerSecond();
            double jvmMs = CpuUse.Between.perUnit(throughput.cpu().appCores(), rate);
            double databaseMs = CpuUse.Between.perUnit(throughput.cpu().databaseCores(), rate);
            double harnessMs = CpuUse.Between.perUnit(throughput.cpu().harnessCores(), rate);
            report.row("CPU per filing", "the application's JVM", "", jvmMs, "ms", "");
            report.row("CPU per filing", "PostgreSQL", "", databaseMs, "ms", "");
            report.row("CPU per filing", "the harness (the carrier)", "", harnessMs, "ms", "");
            report.row("CPU per filing", "PostgreSQL's processes runnable but waiting for a core", "run queue, "
                    + "/proc schedstat", CpuUse.Between.perUnit(throughput.cpu().databaseWaitCores(), rate), "ms",
                    "wall time inside statements that is not work");
            report.row("CPU per filing", "the application's threads runnable but waiting for a core", "run queue",
                    CpuUse.Between.perUnit(throughput.cpu().appWaitCores(), rate), "ms", "");
            if (brokerPid != 0) {
                report.row("CPU per filing", "the external broker", "",
                        CpuUse.Between.perUnit(throughput.cpu().brokerCores(), rate), "ms", "");
            }
            filingCpuMs = jvmMs + databaseMs;
            if (camundaCpuMs > 0) {
                double cpuShare = camundaCpuMs / (jvmMs + databaseMs);
                report.row("CPU per filing", "share of the Camunda bound by CPU: the engine alone's CPU per "
                        + "instance over the application's and PostgreSQL's per filing", "target >= 60%",
                        100 * cpuShare, "%", "holds on a machine shared with other work");
            }
            if (settings.bounds()) {
                double ratio = throughput.filingsPerSecond() / slowest;
                report.row("End to end", "share of the slowest raw bound", "target >= 70%", 100 * ratio, "%",
                        ratio >= 0.7 ? "met" : "NOT met");
            }
            var latency = e2e.latency(throughput.filingsPerSecond() / 2, Duration.ofSeconds(10), settings.duration());
            latencyRows("send to ACCEPTED", latency.toAccepted(), latency.rate());
            latencyRows("send to ASSESSMENT_COMPLETE", latency.toComplete(), latency.rate());
            double p99 = latency.toAccepted().getValueAtPercentile(99) / 1000.0;
            report.row("Latency at half load", "p99 send to ACCEPTED", "target < 250 ms", p99, "ms",
                    p99 < 250 ? "met" : "NOT met");
            report.row("Start-up", "application start to HTTP ready", "", startup.toMillis() / 1000.0, "s", "");
        }
    }

    /**
     * The Camunda bound measured once more after the end to end, on a database of its own: a virtual machine's speed
     * can move between the first bound and the end-to-end window by more than a change is worth, so the share is also
     * given against this bound and against the mean of the two, with how far the two bounds lie apart.
     */
    private void boundAgain(ApplicationSettings app, PostgresCluster cluster, String user, Warmup warmup,
            Duration measure, long databasePid) throws Exception {
        String url;
        if (cluster != null) {
            cluster.settle("portcullis");
            cluster.createDatabase("camunda_bound_after");
            url = cluster.url("camunda_bound_after");
        } else {
            url = "jdbc:h2:file:" + directory.resolve("camunda-bound-after/engine") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        CamundaBound.Result after = new CamundaBound().measure(url, user, "", app, warmup, measure.toMillis(),
                databasePid, cluster != null ? new StatementProfile(cluster.url("postgres"), url,
                        "camunda_bound_after") : null);
        if (cluster != null) {
            StatementProfile.record(after.statements(), after.instances(), StatementProfile.BOUND_AFTER, report,
                    directory);
        }
        double before = camundaCpuMs;
        double mean = (before + after.cpuMsPerInstance()) / 2;
        report.row("Bound again after the end to end", "Camunda alone: CPU per instance, the engine's JVM / PostgreSQL",
                "", after.cpuMsPerInstance(), "ms", Report.format(after.jvmMsPerInstance()) + " / "
                        + Report.format(after.databaseMsPerInstance()) + "; "
                        + Report.format(after.instancesPerSecond()) + " instances/s");
        waitRows("Bound again after the end to end", after);
        report.row("Bound again after the end to end", "the bound after against the bound before", "",
                100 * (after.cpuMsPerInstance() / before - 1), "%", "how far the machine's speed moved around the "
                        + "end to end (the filing's window lies between)");
        report.row("Bound again after the end to end", "share of the Camunda bound by CPU against the bound after",
                "target >= 60%", 100 * after.cpuMsPerInstance() / filingCpuMs, "%", "");
        report.row("Bound again after the end to end", "share of the Camunda bound by CPU against the mean of the "
                + "two bounds", "target >= 60%", 100 * mean / filingCpuMs, "%", "");
    }

    private double rawBounds(ApplicationSettings app, String boundUrl, String user, String body, Warmup boundWarmup,
            Duration boundMeasure, long databasePid) throws Exception {
        CamundaBound.Result bound = new CamundaBound().measure(boundUrl, user, "", app, boundWarmup,
                boundMeasure.toMillis(), databasePid, boundStatements);
        if (boundStatements != null) {
            firstBound = bound;
            StatementProfile.record(bound.statements(), bound.instances(), StatementProfile.BOUND, report, directory);
        }
        double camunda = bound.instancesPerSecond();
        camundaCpuMs = bound.cpuMsPerInstance();
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
