package org.portcullis.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clerks at work while filings flow: on its own thread, finds the open referral tasks in the database and releases
 * each through the web UI of one of the nodes in turn (a clerk behind a load balancer without sticky sessions), going
 * to the other node when one does not answer.
 */
final class Clerks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Clerks.class);
    static final String USER = "clerk";
    static final String PASSWORD = "clerk";
    private static final String OPEN_REFERRALS = "select id_ from act_ru_task where task_def_key_ = 'Task_ReviewReferral'";

    private final String databaseUrl;
    private final List<PortcullisProcess> nodes;
    private final List<OfficerSession> sessions = new ArrayList<>();
    private final AtomicInteger released = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final Thread thread;
    private volatile boolean stopping;
    private int turn;

    Clerks(String databaseUrl, List<PortcullisProcess> nodes) {
        this.databaseUrl = databaseUrl;
        this.nodes = nodes;
        nodes.forEach(node -> sessions.add(new OfficerSession(node.httpPort(), USER, PASSWORD)));
        this.thread = new Thread(this::work, "clerks");
    }

    void start() {
        thread.start();
    }

    /** Decisions a node took / refused (task gone, or not signed in) / requests no node answered. */
    int released() {
        return released.get();
    }

    int refused() {
        return refused.get();
    }

    int unanswered() {
        return unanswered.get();
    }

    /** Works until the database holds {@code expected} decisions and no referral is open, or the time is up. */
    void finish(int expected, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline && (decisions() < expected || !openReferrals().isEmpty())) {
            Thread.sleep(500);
        }
        close();
    }

    private int decisions() throws SQLException {
        try (Connection db = DriverManager.getConnection(databaseUrl, "postgres", "");
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from officer_decision")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void work() {
        while (!stopping) {
            try {
                for (String task : openReferrals()) {
                    decide(task);
                }
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                log.warn("clerks cannot read the open tasks: {}", e.toString());
            }
        }
    }

    private void decide(String task) throws InterruptedException {
        for (int attempt = 0; attempt < nodes.size(); attempt++) {
            int node = turn++ % nodes.size();
            if (!nodes.get(node).alive()) {
                continue;
            }
            try {
                if (sessions.get(node).release(task, "Consignor checked: bench clerk")) {
                    released.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                }
                return;
            } catch (IOException e) {
                unanswered.incrementAndGet();
                log.debug("node {} did not answer the clerk: {}", node, e.toString());
            }
        }
    }

    private List<String> openReferrals() throws SQLException {
        List<String> tasks = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(databaseUrl, "postgres", "");
             Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(OPEN_REFERRALS)) {
            while (rows.next()) {
                tasks.add(rows.getString(1));
            }
        }
        return tasks;
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        thread.join(60_000);
    }
}
