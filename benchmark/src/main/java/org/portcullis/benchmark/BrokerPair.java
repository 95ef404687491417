package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live/backup pair of external Artemis brokers with replication (shared nothing): each made with {@code artemis
 * create --replicated} (the backup with {@code --backup}), each naming the other in its static cluster connection,
 * both with the application's address settings and the sender stamp. The backup copies the live broker's journal
 * as it is written and becomes live when the live broker's connection is lost. The live broker checks for an active
 * broker with its node id when it starts, so that restarted after a failover it copies the backup's journal and takes
 * over again (failback); the backup then starts again as the backup. Clients reach the pair through {@link #url()}, a
 * list of both with {@code ha=true}.
 */
final class BrokerPair implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BrokerPair.class);
    static final String CLUSTER_USER = "portcullis-cluster";
    static final String CLUSTER_PASSWORD = "portcullis-cluster-bench";
    /** The backup says this once it holds a full copy of the live broker's journal (AMQ221024). */
    private static final String SYNCHRONIZED = "AMQ221024";
    /** The backup says this when it becomes active (AMQ221037). */
    private static final String ACTIVATED = "AMQ221037";
    /** A broker says this when it serves clients (AMQ221007): the restarted live broker once it has failed back. */
    private static final String ACTIVE = "AMQ221007";

    private final ExternalBroker live;
    private final ExternalBroker backup;
    private final int livePort;
    private final int backupPort;
    private int backupLogBeforeFailback;

    private BrokerPair(ExternalBroker live, ExternalBroker backup, int livePort, int backupPort) {
        this.live = live;
        this.backup = backup;
        this.livePort = livePort;
        this.backupPort = backupPort;
    }

    static BrokerPair create(BenchSettings settings, Path directory) throws Exception {
        int livePort = settings.ports().broker();
        int backupPort = livePort + 1;
        ExternalBroker live = ExternalBroker.create(settings.artemisHome(), directory.resolve("live"), livePort,
                settings.brokerXml(), settings.brokerPluginJar(), options("live", backupPort, false));
        ExternalBroker backup = ExternalBroker.create(settings.artemisHome(), directory.resolve("backup"), backupPort,
                settings.brokerXml(), settings.brokerPluginJar(), options("backup", livePort, true));
        // failback (Artemis manual, high availability, "Failback with Replication"): the restarted live broker looks
        // for a broker active with its node id, copies that one's journal, and asks it to stop; the backup lets it
        // and starts again as the backup (Artemis 2.40.0 does so whatever restart-backup says: only shared-store
        // activations read it; kept as operations.md shows it)
        live.editBrokerXml(xml -> xml.replace("</vote-on-replication-failure>",
                "</vote-on-replication-failure>\n               <check-for-active-server>true</check-for-active-server>"));
        backup.editBrokerXml(xml -> xml.replace("<backup/>", "<backup>\n               <allow-failback>true"
                + "</allow-failback>\n               <restart-backup>true</restart-backup>\n            </backup>"));
        // what stops a broker during the failback shows in its log (docs/reliability.md, AMQ222232)
        live.traceActivation();
        backup.traceActivation();
        return new BrokerPair(live, backup, livePort, backupPort);
    }

    private static List<String> options(String name, int otherPort, boolean backup) {
        List<String> options = new java.util.ArrayList<>(List.of("--name", name, "--replicated",
                "--cluster-user", CLUSTER_USER, "--cluster-password", CLUSTER_PASSWORD,
                "--staticCluster", "tcp://127.0.0.1:" + otherPort));
        if (backup) {
            options.add("--backup");
        }
        return options;
    }

    /** The address clients use: both brokers, topology updates on, reconnecting without end. */
    String url() {
        return "(tcp://127.0.0.1:" + livePort + ",tcp://127.0.0.1:" + backupPort + ")?ha=true&reconnectAttempts=-1"
                + "&retryInterval=500&retryIntervalMultiplier=1.5&maxRetryInterval=5000";
    }

    /** Starts the live broker, then the backup, and waits until the backup holds a copy of the journal. */
    void start() throws Exception {
        live.start();
        backup.launch();
        await(backup.log(), SYNCHRONIZED, "the backup did not synchronise with the live broker");
        log.info("Backup broker synchronised with the live broker");
    }

    /** SIGKILL to the live broker; returns once the backup has become live. */
    void killLive() throws Exception {
        live.kill();
        await(backup.log(), ACTIVATED, "the backup did not become live after the live broker was killed");
        log.info("Backup broker is live");
    }

    /** Starts the killed live broker again with its old journal; returns once it has taken over from the backup (failback). */
    void failBack() throws Exception {
        int liveFrom = read(live.log()).length();
        backupLogBeforeFailback = read(backup.log()).length();
        live.launch();
        await(live.log(), liveFrom, ACTIVE, "the restarted live broker did not take over from the backup");
        log.info("Live broker active again (failback)");
    }

    /** After {@link #failBack()}: whether the backup, started again as the backup, holds a copy within {@code wait}. */
    boolean awaitBackupAgain(java.time.Duration wait) throws InterruptedException {
        return awaitUpTo(backup.log(), backupLogBeforeFailback, SYNCHRONIZED, wait);
    }

    private static void await(Path logFile, String message, String failure) throws Exception {
        await(logFile, 0, message, failure);
    }

    /** Waits until {@code message} is in the log after its first {@code from} characters. */
    private static void await(Path logFile, int from, String message, String failure) throws Exception {
        if (!awaitUpTo(logFile, from, message, java.time.Duration.ofSeconds(600))) {
            throw new IllegalStateException(failure + "; see " + logFile);
        }
    }

    private static boolean awaitUpTo(Path logFile, int from, String message, java.time.Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String text = read(logFile);
            if (text.length() > from && text.substring(from).contains(message)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        backup.close();
        live.close();
    }
}
