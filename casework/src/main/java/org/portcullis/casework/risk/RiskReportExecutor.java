package org.portcullis.casework.risk;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one background thread that makes the risk pages' reports ({@link PreparedReport}), one after the other, so
 * that reading and parsing whole histories never takes more than one core from the filings. Not a Spring
 * {@code Executor} bean: that would replace the application's own task executor. Stopped first as the node stops
 * (before the web server drains and the database closes): a report being made is abandoned, quietly.
 */
@Component
class RiskReportExecutor implements SmartLifecycle {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "risk-reports");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    ExecutorService executor() {
        return executor;
    }

    @Override
    public void start() {
        // the thread starts with the first report
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return !executor.isShutdown();
    }
}
