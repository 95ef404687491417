package org.portcullis.casework.pcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.testing.postgres.LockWaits;
import org.portcullis.testing.postgres.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lock of a vessel's calls at a port, on the database itself (H2, and PostgreSQL in the build's PostgreSQL run):
 * its row is created once however many transactions ask for it at once, an event waits for a case being opened and
 * the reverse, and on PostgreSQL the openings of a ship's cases do not wait for each other.
 */
class PortCallLocksTest {

    private static final String IMO = "9074729";
    private static final String PORT = "NLRTM";

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(database.dataSource());
    private final PortCallLocks locks = new PortCallLocks(jdbc, database.dataSource(), transactions,
            Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoTransactionsThatBothCreateTheRowTakeTurnsAndLeaveOneRow() throws Exception {
        Held first = hold(() -> locks.lockForEvent(IMO, PORT));

        Future<?> second = threads.submit(() -> inTransaction(() -> locks.lockForEvent(IMO, PORT)));
        awaitWaitingForTheLock();
        assertThat(second).isNotDone();
        first.commit();

        second.get(30, TimeUnit.SECONDS);
        assertThat(jdbc.sql("select count(*) from port_call_lock").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eventWaitsForTheOpeningOfACaseOfThePortCall() throws Exception {
        inTransaction(() -> locks.lockForEvent(IMO, PORT));
        Held opening = hold(() -> locks.lockForOpening(IMO, PORT));

        Future<?> event = threads.submit(() -> inTransaction(() -> locks.lockForEvent(IMO, PORT)));
        awaitWaitingForTheLock();
        assertThat(event).isNotDone();
        opening.commit();

        event.get(30, TimeUnit.SECONDS);
    }

    @Test
    void openingWaitsForAnEventOfThePortCallAndNotForOneOfAnotherPort() throws Exception {
        Held event = hold(() -> locks.lockForEvent(IMO, PORT));

        inTransaction(() -> locks.lockForOpening(IMO, "BEANR"));
        Future<?> opening = threads.submit(() -> inTransaction(() -> locks.lockForOpening(IMO, PORT)));
        awaitWaitingForTheLock();
        assertThat(opening).isNotDone();
        event.commit();

        opening.get(30, TimeUnit.SECONDS);
    }

    @Test
    void onPostgresqlTheOpeningsOfOnePortCallShareTheLock() throws Exception {
        assumeTrue(TestPostgres.selected(), "H2 has only exclusive row locks: there the openings take turns");
        inTransaction(() -> locks.lockForOpening(IMO, PORT));
        Held opening = hold(() -> locks.lockForOpening(IMO, PORT));

        threads.submit(() -> inTransaction(() -> locks.lockForOpening(IMO, PORT))).get(30, TimeUnit.SECONDS);
        opening.commit();
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private void awaitWaitingForTheLock() {
        String sql = LockWaits.countQuery("port_call_lock");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                .until(() -> jdbc.sql(sql).query(Integer.class).single() > 0);
    }

    /** Runs the work in a transaction on a thread of its own and keeps that transaction open until committed. */
    private Held hold(Runnable work) throws Exception {
        Held held = new Held();
        threads.submit(() -> {
            try {
                inTransaction(() -> {
                    work.run();
                    held.workDone.complete(null);
                    try {
                        held.release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
                held.committed.complete(null);
            } catch (RuntimeException e) {
                held.workDone.completeExceptionally(e);
                held.committed.completeExceptionally(e);
            }
        });
        held.workDone.get(30, TimeUnit.SECONDS);
        return held;
    }

    private static final class Held {

        final CompletableFuture<Void> workDone = new CompletableFuture<>();
        final CountDownLatch release = new CountDownLatch(1);
        final CompletableFuture<Void> committed = new CompletableFuture<>();

        void commit() throws Exception {
            release.countDown();
            committed.get(30, TimeUnit.SECONDS);
        }
    }
}
