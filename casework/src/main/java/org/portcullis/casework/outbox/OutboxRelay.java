package org.portcullis.casework.outbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes an outbox table to the broker on its own thread: woken after every commit that wrote to the outbox, and
 * every second in any case (for rows another node wrote, or that a broker outage held back). A subclass publishes
 * one batch of the oldest unpublished rows and marks them published; a row published twice (crash between
 * publishing and marking) is dropped by the broker's duplicate detection, as its id is the duplicate-detection id.
 */
public abstract class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    protected static final int BATCH = 200;
    private static final long IDLE_POLL_MILLIS = 1000;

    private final String name;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    protected OutboxRelay(String name) {
        this.name = name;
    }

    /** Publishes the oldest unpublished rows, at most {@link #BATCH}; returns how many. */
    protected abstract int relayBatch();

    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Wakes the relay once the caller's transaction has committed (at once without a transaction). */
    public void wakeUpAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp();
                }
            });
        } else {
            wakeUp();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::relayUntilStopped, name);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the broker connection and the listeners, stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void relayUntilStopped() {
        while (running) {
            try {
                if (relayBatch() < BATCH) {
                    wakeUps.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("{}: publishing failed, retrying in a second: {}", name, e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(IDLE_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
