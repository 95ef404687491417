package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.pcs.MissedArrivals;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.pcs.PortCallEvent;
import org.portcullis.model.pcs.PortCallEventType;
import org.portcullis.model.pcs.PortCallEvents;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.UnLocode;
import org.portcullis.testing.postgres.LockWaits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The arrival race (docs/reliability.md): the port community system's arrival of a vessel and the opening of a case
 * of that vessel's port call run in two transactions at once. Whichever of the two is held open while the other
 * runs, and so whichever commits first, the case hears of the arrival and is released as on the normal path
 * (carrier and terminal told RELEASED). Each test holds one transaction open on a thread of its own until the other
 * has either finished or waits for the port call's lock in the database, then lets it commit. A case that missed the
 * arrival all the same (as cases did before the lock) is given it by the sweep of {@link MissedArrivals}, once.
 */
class ArrivalRaceIT extends PortcullisIntegrationTest {

    private static final String PORT = "NLRTM";
    private static final Duration SETTLED = Duration.ofSeconds(60);

    @Autowired
    FilingIntake intake;

    @Autowired
    PortCallEvents portCallEvents;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MissedArrivals missedArrivals;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void caseOpenedWhileItsVesselsArrivalIsBeingRecordedIsReleased() throws Exception {
        String imo = uniqueImo();
        HeldTransaction<PortCallEvents.Receipt> arrival = hold(() -> portCallEvents.receive(arrivalOf(imo)));

        Future<String> opening = threads.submit(() -> retriedAsRedelivered(() -> file(imo)));
        awaitFinishedOrWaitingForThePortCallLock(opening);
        arrival.commit();

        assertReleased(opening.get(SETTLED.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void arrivalRecordedWhileACaseOfTheVesselIsBeingOpenedReleasesIt() throws Exception {
        String imo = uniqueImo();
        HeldTransaction<String> opening = hold(() -> file(imo));

        Future<PortCallEvents.Receipt> arrival =
                threads.submit(() -> retriedAsRedelivered(() -> portCallEvents.receive(arrivalOf(imo))));
        awaitFinishedOrWaitingForThePortCallLock(arrival);
        String mrn = opening.commit();

        assertReleased(mrn);
        assertThat(arrival.get(SETTLED.toSeconds(), TimeUnit.SECONDS).cases())
                .extracting(found -> found.value()).contains(mrn);
    }

    @Test
    void clearedCaseThatMissedItsVesselsArrivalIsGivenItByTheSweepOnce() {
        String imo = uniqueImo();
        String mrn = file(imo);
        await("ASSESSMENT_COMPLETE").atMost(SETTLED).until(() -> jdbc.sql(
                "select count(*) from notice where mrn = ? and notice_type = 'ASSESSMENT_COMPLETE'").param(mrn)
                .query(Integer.class).single() == 1);
        // An arrival recorded without telling the case, as the race left cases before the port call's lock.
        Instant arrived = TestDates.ETA.plus(Duration.ofMinutes(20));
        jdbc.sql("""
                insert into port_call_event (event_id, event_type, vessel_imo, port_of_call, occurred_at, received_at)
                values (?, 'VESSEL_ARRIVED', ?, ?, ?, ?)""")
                .params("missed-" + UUID.randomUUID(), imo, PORT, OffsetDateTime.ofInstant(arrived, ZoneOffset.UTC),
                        OffsetDateTime.now(ZoneOffset.UTC)).update();
        assertThat(caseStatus(mrn)).isIn("ASSESSED", "CLEARED");

        missedArrivals.sweep();
        assertReleased(mrn);
        missedArrivals.sweep();

        assertThat(jdbc.sql("select count(*) from notice where mrn = ? and notice_type = 'RELEASED'").param(mrn)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** The green sample for the vessel: cleared without an officer, so that only the arrival stands before RELEASED. */
    private String file(String imo) {
        String lrn = "race-" + UUID.randomUUID().toString().substring(0, 8);
        return Intake.file(intake, "ARRIVE", sample("filing-green.json", lrn, imo, TestDates.ETA), lrn);
    }

    private static PortCallEvent arrivalOf(String imo) {
        return new PortCallEvent("arrived-" + UUID.randomUUID(), PortCallEventType.VESSEL_ARRIVED, ImoNumber.of(imo),
                UnLocode.of(PORT), TestDates.ETA.plus(Duration.ofMinutes(20)), null, "ECT Delta 2");
    }

    private void assertReleased(String mrn) {
        await("case " + mrn + " RELEASED").atMost(SETTLED).until(() -> "RELEASED".equals(caseStatus(mrn)));
        await("RELEASED to the carrier").atMost(SETTLED).until(() -> jdbc.sql(
                "select count(*) from notice where mrn = ? and notice_type = 'RELEASED'").param(mrn)
                .query(Integer.class).single() == 1);
        await("RELEASED to the terminal").atMost(SETTLED).until(() -> jdbc.sql(
                "select count(*) from pcs_notice where mrn = ? and container_status = 'RELEASED'").param(mrn)
                .query(Integer.class).single() == 2);
    }

    /**
     * Whether a transaction waits for the row of {@code port_call_lock} another transaction holds, as the database
     * itself reports it.
     */
    private boolean waitingForThePortCallLock() {
        String sql = LockWaits.countQuery("port_call_lock");
        return jdbc.sql(sql).query(Integer.class).single() > 0;
    }

    private void awaitFinishedOrWaitingForThePortCallLock(Future<?> other) {
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(20))
                .until(() -> other.isDone() || waitingForThePortCallLock());
    }

    /**
     * Runs the work again after a lock conflict (a lock wait that timed out, or the process engine's optimistic
     * lock when a job of the case ran at the same time), as the broker's redelivery of the message would.
     */
    private static <T> T retriedAsRedelivered(Callable<T> work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (PessimisticLockingFailureException | OptimisticLockingException conflict) {
                if (attempt == 5) {
                    throw conflict;
                }
            }
        }
    }

    /** Runs the work in a transaction on a thread of its own and keeps that transaction open until committed. */
    private <T> HeldTransaction<T> hold(Callable<T> work) throws Exception {
        HeldTransaction<T> held = new HeldTransaction<>();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        threads.submit(() -> {
            try {
                transaction.executeWithoutResult(status -> held.run(work));
                held.committed.complete(null);
            } catch (RuntimeException e) {
                held.committed.completeExceptionally(e);
            }
        });
        held.awaitWorkDone();
        return held;
    }

    /** A transaction whose work has run and that waits for {@link #commit()}. */
    private static final class HeldTransaction<T> {

        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<Void> committed = new CompletableFuture<>();

        void run(Callable<T> work) {
            try {
                result.complete(work.call());
                release.await();
            } catch (Exception e) {
                result.completeExceptionally(e);
                throw new IllegalStateException(e);
            }
        }

        void awaitWorkDone() throws Exception {
            result.get(SETTLED.toSeconds(), TimeUnit.SECONDS);
        }

        /** Lets the transaction commit, and returns what its work returned once it has. */
        T commit() throws Exception {
            release.countDown();
            committed.get(SETTLED.toSeconds(), TimeUnit.SECONDS);
            return result.get();
        }
    }
}
