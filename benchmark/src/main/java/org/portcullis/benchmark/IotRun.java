package org.portcullis.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.portcullis.testing.brokers.SensorAccount;
import org.portcullis.testing.brokers.SensorBrokerProcess;

/**
 * Sensor traffic beside filings (issue 17): the application takes filings at a fixed rate and their latency is
 * measured without sensor events, then while {@code bench.iot.publishers} sensor clients publish
 * {@code bench.iot.rate} events/s (QoS 1, over MQTT) about {@code bench.iot.containers} containers; the events
 * acknowledged by the broker and stored by the application per second are counted over the same window, and the
 * backlog left when the sensors stop is timed. With {@code bench.iot.event-node=true} (a separate sensor broker and
 * PostgreSQL) a second application process takes the events instead, filings and process jobs off, at nice 19, both
 * nodes on one database and one external filings broker, and its CPU is counted apart.
 */
final class IotRun {

    private static final Duration LATENCY_WARMUP = Duration.ofSeconds(10);
    private static final String SENSOR_BROKER_PASSWORD = "portcullis-sensors-bench";

    private final BenchSettings settings;
    private final Report report;
    private final Path directory;

    IotRun(BenchSettings settings, Report report, Path directory) {
        this.settings = settings;
        this.report = report;
        this.directory = directory;
    }

    void run() throws Exception {
        double eventRate = Double.parseDouble(System.getProperty("bench.iot.rate", "1000"));
        int containers = Integer.parseInt(System.getProperty("bench.iot.containers", "10000"));
        int publishers = Integer.parseInt(System.getProperty("bench.iot.publishers", "50"));
        double filingRate = Double.parseDouble(System.getProperty("bench.iot.filing-rate", "5"));
        // false: the application's event consumer stays stopped, the broker alone takes the events (a diagnosis)
        boolean consume = !"false".equals(System.getProperty("bench.iot.consume", "true").strip());
        // separate: sensors publish to a sensor broker of its own (nice 19), the consumer reads it (docs/iot.md)
        boolean separate = "separate".equals(System.getProperty("bench.iot.sensor-broker", "application").strip());
        // true: a second application process takes the events (filings off, nice 19), the filing node none
        boolean eventNode = Boolean.parseBoolean(System.getProperty("bench.iot.event-node", "false").strip());
        int mqttPort = freePort();
        boolean postgres = "postgres".equals(settings.database());
        if (eventNode && (!separate || !postgres || !consume)) {
            throw new IllegalArgumentException("bench.iot.event-node=true needs bench.iot.sensor-broker=separate, "
                    + "bench.database=postgres and the event consumer (bench.iot.consume=true)");
        }
        try (PostgresCluster cluster = postgres ? PostgresCluster.start(settings.work(), settings.ports().postgres())
                : null) {
            String url;
            if (cluster != null) {
                cluster.createDatabase("portcullis");
                url = cluster.url("portcullis");
                report.fact("database", "PostgreSQL " + cluster.version() + " (throw-away cluster; "
                        + PostgresCluster.SETTINGS + ")");
            } else {
                url = "jdbc:h2:file:" + directory.resolve("app-data/portcullis") + ";AUTO_SERVER=TRUE";
                report.fact("database", "H2 file");
            }
            String user = cluster != null ? "postgres" : "sa";
            List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=",
                    "--portcullis.iot.accounts[0].user=" + SensorLoad.ACCOUNT,
                    "--portcullis.iot.accounts[0].password={noop}" + BenchCarriers.PASSWORD,
                    "--portcullis.iot.accounts[0].operator=" + SensorLoad.OPERATOR));
            if (!consume || eventNode) {
                args.add("--portcullis.iot.listener-auto-startup=false");
            }
            if (eventNode) {
                // the filing node as docs/iot.md advises: re-assessments left to the event node
                args.add("--portcullis.reassessment.worker-enabled=false");
            }
            try (ExternalBroker filingsBroker = eventNode ? ExternalBroker.create(settings.artemisHome(),
                    directory.resolve("filings-broker"), settings.ports().broker(), settings.brokerXml(),
                    settings.brokerPluginJar()) : null;
                    SensorBrokerProcess sensorBroker = separate ? SensorBrokerProcess.create(settings.artemisHome(),
                    settings.repository().resolve("config/sensor-broker"), settings.brokerPluginJar(),
                    directory.resolve("sensor-broker"), mqttPort, freePort(), SENSOR_BROKER_PASSWORD,
                    ExternalBroker.SEAL_SECRET, List.of(new SensorAccount(SensorLoad.ACCOUNT, BenchCarriers.PASSWORD,
                            SensorLoad.OPERATOR))) : null;
                    PortcullisProcess portcullis = new PortcullisProcess(settings, directory.resolve("app"),
                            withFilingsBroker(withBroker(args, sensorBroker, mqttPort), filingsBroker));
                    PortcullisProcess events = eventNode ? eventNode(url, user, sensorBroker, filingsBroker,
                            mqttPort) : null) {
                if (filingsBroker != null) {
                    filingsBroker.start();
                }
                if (sensorBroker != null) {
                    sensorBroker.startAtLowestPriority();
                }
                portcullis.start();
                report.fact("application command", portcullis.commandLine());
                if (events != null) {
                    events.start();
                    report.fact("event node command", events.commandLine());
                }
                report.fact("sensor traffic", eventRate + " events/s offered (QoS 1, " + publishers
                        + " MQTT clients) about " + containers + " containers no filing names; filings of "
                        + settings.consignments() + " consignments at " + filingRate + "/s");
                report.fact("sensor broker", sensorBroker != null ? "a broker of its own (" + sensorBroker.coreUrl()
                        + ", MQTT on " + mqttPort + ", config/sensor-broker), its own process at nice 19; the "
                        + "harness's MQTT clients at nice 19 too; the application's broker has no MQTT acceptor"
                        : "the application's embedded broker (MQTT acceptor on " + mqttPort + ")");
                report.fact("event consumer", eventNode ? "on the event node only: a second application process "
                        + "(nice 19) with the filing listener and the job executor off; the filing node's consumer "
                        + "and re-assessment worker off; both nodes on one PostgreSQL and one external filings broker ("
                        + filingsBroker.url() + ")"
                        : consume ? "running (the application stores the events)"
                        : "not started (bench.iot.consume=false): the broker takes and keeps the events, none stored");
                String brokerUrl = "tcp://127.0.0.1:" + settings.ports().core();
                EndToEndRun.CarrierLogin login = filingsBroker == null ? EndToEndRun.CarrierLogin.embedded(brokerUrl)
                        : carrierId -> new Carrier(filingsBroker.url(), ExternalBroker.USER, ExternalBroker.PASSWORD,
                                carrierId);
                CpuUse cpu = new CpuUse(portcullis.pid(), cluster != null ? cluster.pid() : 0,
                        sensorBroker != null ? sensorBroker.pid() : 0);
                if (events != null) {
                    cpu.apart(events.pid(), filingsBroker.pid());
                }
                CpuWindow quietCpu = CpuWindow.after(cpu, settings.warmup().atLeast());
                var quiet = new EndToEndRun(login, settings.consignments(), cpu)
                        .latency(filingRate, settings.warmup().atLeast(), settings.duration());
                latencyRows("without sensor events", quiet.toComplete(), quiet.rate());
                cpuRows("without sensor events", quietCpu.end());
                try (SensorLoad load = new SensorLoad(mqttPort, eventRate, containers, publishers,
                        sensorBroker != null)) {
                    Thread.sleep(LATENCY_WARMUP.toMillis());
                    long ackedFrom = load.acknowledged();
                    long storedFrom = stored(url, user);
                    long from = System.nanoTime();
                    Instant windowFrom = Instant.now();
                    CpuWindow busyCpu = CpuWindow.after(cpu, LATENCY_WARMUP);
                    var busy = new EndToEndRun(login, settings.consignments(), cpu)
                            .latency(filingRate, LATENCY_WARMUP, settings.duration());
                    CpuUse.Between busyCores = busyCpu.end();
                    double seconds = (System.nanoTime() - from) / 1e9;
                    Instant windowTo = Instant.now();
                    double acked = (load.acknowledged() - ackedFrom) / seconds;
                    double stored = (stored(url, user) - storedFrom) / seconds;
                    latencyRows("with sensor events", busy.toComplete(), busy.rate());
                    cpuRows("with sensor events", busyCores);
                    report.row("Sensor events", "acknowledged by the broker (PUBACK), sustained",
                            eventRate + " events/s offered", acked, "events/s", load.failed() + " failed");
                    report.row("Sensor events", "stored by the application (iot_event rows), same window", "",
                            stored, "events/s", "");
                    load.close();
                    if (!consume) {
                        return;
                    }
                    lagRows(url, user, windowFrom, windowTo);
                    long drainFrom = System.nanoTime();
                    long published = load.acknowledged();
                    while (stored(url, user) < published && System.nanoTime() - drainFrom < 300e9) {
                        Thread.sleep(500);
                    }
                    report.row("Sensor events", "backlog drained after the sensors stopped", "",
                            (System.nanoTime() - drainFrom) / 1e9, "s", stored(url, user) + " of " + published);
                }
            }
        }
    }

    /**
     * How late the events stored in the window were: from the moment the sensor stamped (observedAt, taken just
     * before it published) to the moment the application stored it (received_at, its clock at the batch's start).
     */
    private void lagRows(String url, String user, Instant from, Instant to) throws SQLException {
        Histogram lag = new Histogram(3);
        try (Connection connection = DriverManager.getConnection(url, user, "");
                PreparedStatement query = connection.prepareStatement(
                        "select observed_at, received_at from iot_event where received_at >= ? and received_at < ?")) {
            query.setObject(1, from.atOffset(ZoneOffset.UTC));
            query.setObject(2, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Duration late = Duration.between(rows.getObject(1, OffsetDateTime.class).toInstant(),
                            rows.getObject(2, OffsetDateTime.class).toInstant());
                    lag.recordValue(Math.max(0, late.toMillis()));
                }
            }
        }
        String parameter = lag.getTotalCount() + " events stored in the window";
        for (double percentile : new double[] {50, 99}) {
            report.row("Sensor events", "lag from publish to stored p" + (int) percentile, parameter,
                    lag.getValueAtPercentile(percentile), "ms", "");
        }
        report.row("Sensor events", "lag from publish to stored, longest", parameter, lag.getMaxValue(), "ms", "");
    }

    private void latencyRows(String load, Histogram histogram, double rate) {
        String parameter = String.format("%.1f filings/s, %d samples", rate, histogram.getTotalCount());
        for (double percentile : new double[] {50, 95, 99}) {
            report.row("Filing latency " + load, "send to ASSESSMENT_COMPLETE p" + (int) percentile, parameter,
                    histogram.getValueAtPercentile(percentile) / 1000.0, "ms", "");
        }
    }

    /** Where the CPU went while the filings' latency was measured (after its warm-up), in cores of the machine. */
    private void cpuRows(String load, CpuUse.Between cpu) {
        String section = "CPU " + load;
        report.row(section, "application JVM", "of which JIT " + String.format("%.2f", cpu.appJitCores()),
                cpu.appCores(), "cores", "");
        report.row(section, "PostgreSQL (its processes)", "", cpu.databaseCores(), "cores", "");
        report.row(section, "harness (carrier; with events also the MQTT clients)", "", cpu.harnessCores(),
                "cores", "");
        report.row(section, "sensor broker (its own process, nice 19; 0 when events go to the application's)", "",
                cpu.brokerCores(), "cores", "");
        if (cpu.apartCores().length == 2) {
            report.row(section, "event node (second application JVM: filings and jobs off, consumer on, nice 19)",
                    "", cpu.apartCores()[0], "cores", "");
            report.row(section, "filings broker (external Artemis of both nodes)", "", cpu.apartCores()[1], "cores",
                    "");
        }
        report.row(section, "everything else on the machine", "", Math.max(0, cpu.otherCores()
                - cpu.databaseCores() - cpu.brokerCores() - cpu.allApartCores()), "cores",
                "machine busy " + Math.round(100 * cpu.machineBusyShare()) + " %");
    }

    /** CPU from a moment on (the end of a warm-up) to {@link #end()}: sampled by a timer thread at the start. */
    private static final class CpuWindow {
        private final CpuUse cpu;
        private final CompletableFuture<CpuUse.Sample> from;

        private CpuWindow(CpuUse cpu, Duration after) {
            this.cpu = cpu;
            this.from = CompletableFuture.supplyAsync(cpu::sample,
                    CompletableFuture.delayedExecutor(after.toMillis(),
                            TimeUnit.MILLISECONDS));
        }

        static CpuWindow after(CpuUse cpu, Duration after) {
            return new CpuWindow(cpu, after);
        }

        CpuUse.Between end() {
            return CpuUse.between(from.join(), cpu.sample());
        }
    }

    /**
     * The application's arguments for where sensors publish: its own broker's MQTT acceptor, or the sensor broker
     * (the consumer reads it with the application's account there; the application's broker gets no MQTT acceptor;
     * both brokers seal with the same secret).
     */
    private static List<String> withBroker(List<String> args, SensorBrokerProcess sensorBroker, int mqttPort) {
        List<String> all = new ArrayList<>(args);
        if (sensorBroker == null) {
            all.add("--portcullis.broker.acceptors.mqtt=tcp://127.0.0.1:" + mqttPort + "?protocols=MQTT");
            return all;
        }
        all.add("--portcullis.broker.acceptors.mqtt=");
        all.add("--portcullis.iot.broker.url=" + sensorBroker.coreUrl());
        all.add("--portcullis.iot.broker.user=" + SensorBrokerProcess.APPLICATION_USER);
        all.add("--portcullis.iot.broker.password=" + SENSOR_BROKER_PASSWORD);
        all.add("--portcullis.broker.sender-seal-secret=" + ExternalBroker.SEAL_SECRET);
        return all;
    }

    /**
     * The node for events: the same jar on the next HTTP port, the same database, sensor broker and filings broker;
     * it takes no filings (its listener on portcullis.filings stopped) and runs no process jobs (the job executor off:
     * a job a re-assessment makes runs on the filing node), and it runs at the lowest CPU priority.
     */
    private PortcullisProcess eventNode(String url, String user, SensorBrokerProcess sensorBroker,
            ExternalBroker filingsBroker, int mqttPort) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=",
                "--portcullis.iot.accounts[0].user=" + SensorLoad.ACCOUNT,
                "--portcullis.iot.accounts[0].password={noop}" + BenchCarriers.PASSWORD,
                "--portcullis.iot.accounts[0].operator=" + SensorLoad.OPERATOR,
                "--portcullis.messaging.listener-auto-startup=false",
                "--camunda.bpm.job-execution.enabled=false"));
        return new PortcullisProcess(settings, directory.resolve("event-node"), settings.ports().http() + 1,
                withFilingsBroker(withBroker(args, sensorBroker, mqttPort), filingsBroker)).atLowestPriority();
    }

    /** The external filings broker both nodes share (as the cluster runs do), when there is one. */
    private static List<String> withFilingsBroker(List<String> args, ExternalBroker filingsBroker) {
        if (filingsBroker == null) {
            return args;
        }
        List<String> all = new ArrayList<>(args);
        // an argument given twice is bound as both values joined by a comma: leave out what is already there
        for (String arg : ProductionSetup.brokerArgs(filingsBroker.url())) {
            String key = arg.substring(0, arg.indexOf('=') + 1);
            if (all.stream().noneMatch(given -> given.startsWith(key))) {
                all.add(arg);
            }
        }
        return all;
    }

    private static long stored(String url, String user) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from iot_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
