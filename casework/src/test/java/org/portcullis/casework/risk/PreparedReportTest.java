package org.portcullis.casework.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.MovingClock;

/**
 * Reports made in the background and shared: views never wait, read the last report made, and start a new one only
 * when there is none or it is overdue. The background thread is a queue the test works off, the clock one it moves.
 */
class PreparedReportTest {

    private static final Instant START = Instant.parse("2026-12-06T08:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(5);

    private final Background background = new Background();
    private final MovingClock clock = new MovingClock(START);
    private final AtomicInteger made = new AtomicInteger();
    private volatile boolean failing;
    private final PreparedReport<String> report = PreparedReport.refreshedEvery(INTERVAL, "test report", now -> {
        if (failing) {
            throw new IllegalStateException("history cannot be read");
        }
        return "report " + made.incrementAndGet() + " of " + now;
    }, background, clock);

    @Test
    void theFirstViewStartsMakingTheReportInTheBackgroundAndDoesNotWaitForIt() {
        PreparedReport.Snapshot<String> first = report.snapshot();

        assertThat(first.ready()).isFalse();
        assertThat(first.preparing()).isTrue();
        assertThat(made).hasValue(0);
        background.runAll();
        PreparedReport.Snapshot<String> next = report.snapshot();
        assertThat(next.ready()).isTrue();
        assertThat(next.preparing()).isFalse();
        assertThat(next.report()).isEqualTo("report 1 of " + START);
        assertThat(next.madeAt()).isEqualTo(START);
    }

    @Test
    void viewsShareTheReportLastMadeWithinTwiceTheIntervalWithoutMakingAnother() {
        report.refresh();
        background.runAll();

        clock.advance(INTERVAL.multipliedBy(2).minusSeconds(1));
        for (int i = 0; i < 10; i++) {
            assertThat(report.snapshot().report()).isEqualTo("report 1 of " + START);
        }

        assertThat(background.queued()).isZero();
        assertThat(made).hasValue(1);
    }

    @Test
    void whileANewReportIsMadeViewsSeeTheLastOneAndThatANewOneIsComing() {
        report.refresh();
        background.runAll();
        clock.advance(INTERVAL);

        report.refresh();
        PreparedReport.Snapshot<String> during = report.snapshot();
        background.runAll();

        assertThat(during.report()).isEqualTo("report 1 of " + START);
        assertThat(during.preparing()).isTrue();
        assertThat(report.snapshot().report()).isEqualTo("report 2 of " + START.plus(INTERVAL));
        assertThat(report.snapshot().madeAt()).isEqualTo(START.plus(INTERVAL));
    }

    @Test
    void onlyOneReportIsMadeAtATime() {
        report.refresh();
        report.refresh();
        report.snapshot();

        assertThat(background.queued()).isEqualTo(1);
    }

    @Test
    void aViewThatFindsTheReportOverdueStartsANewOneWhenTheScheduleDidNot() {
        report.refresh();
        background.runAll();
        clock.advance(INTERVAL.multipliedBy(2));

        PreparedReport.Snapshot<String> overdue = report.snapshot();

        assertThat(overdue.report()).isEqualTo("report 1 of " + START);
        assertThat(background.queued()).isEqualTo(1);
    }

    @Test
    void aFailedAttemptKeepsTheLastReportSaysWhyAndIsRetriedByTheScheduleNotByViews() {
        report.refresh();
        background.runAll();
        failing = true;
        report.refresh();
        background.runAll();

        PreparedReport.Snapshot<String> afterFailure = report.snapshot();
        assertThat(afterFailure.report()).isEqualTo("report 1 of " + START);
        assertThat(afterFailure.failure()).isEqualTo("IllegalStateException");
        assertThat(background.queued()).isZero();

        failing = false;
        report.refresh();
        background.runAll();
        assertThat(report.snapshot().failure()).isNull();
        assertThat(report.snapshot().report()).startsWith("report 2");
    }

    @Test
    void aFirstAttemptThatFailedIsNotRetriedOnEveryView() {
        failing = true;
        report.snapshot();
        background.runAll();

        PreparedReport.Snapshot<String> failed = report.snapshot();

        assertThat(failed.ready()).isFalse();
        assertThat(failed.preparing()).isFalse();
        assertThat(failed.failure()).isEqualTo("IllegalStateException");
        assertThat(background.queued()).isZero();
    }

    @Test
    void aReportMadeOnceIsNotMadeAgainHoweverOldItIs() {
        PreparedReport<String> once = PreparedReport.madeOnce("generated", now -> "made " + made.incrementAndGet(),
                background, clock);
        once.refresh();
        background.runAll();

        clock.advance(Duration.ofDays(30));
        once.refresh();
        once.snapshot();

        assertThat(background.queued()).isZero();
        assertThat(once.snapshot().report()).isEqualTo("made 1");
        assertThat(once.interval()).isNull();
    }

    /** The background thread, worked off by the test. */
    private static final class Background implements Executor {

        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int queued() {
            return tasks.size();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }
}
