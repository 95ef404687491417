package org.portcullis.casework.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.portcullis.model.error.FailureSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A report that takes long to make (it reads and parses a whole history), made in the background and shared by
 * every page view: a view gets the report last made at once and never waits for a new one. It is made again when
 * {@link #refresh()} is called (on a schedule), or, as a fallback, by the first view that finds none or finds it
 * older than twice the refresh interval. A report made once (the generated history's) is never made again.
 *
 * @param <T> the report
 */
public final class PreparedReport<T> {

    private static final Logger log = LoggerFactory.getLogger(PreparedReport.class);

    /**
     * What a page shows: the report last made and when its input was read (both null while the first is being
     * made), whether a new one is being made, and why the last attempt failed (null when it did not).
     */
    public record Snapshot<T>(T report, Instant madeAt, boolean preparing, String failure) {

        public boolean ready() {
            return report != null;
        }
    }

    private record Made<T>(T report, Instant madeAt) {
    }

    private final String name;
    private final Function<Instant, T> maker;
    private final Executor executor;
    private final Clock clock;
    private final Duration interval;
    private final AtomicBoolean making = new AtomicBoolean();
    private final AtomicBoolean attempted = new AtomicBoolean();
    private volatile Made<T> last;
    private volatile String failure;

    private PreparedReport(String name, Function<Instant, T> maker, Executor executor, Clock clock,
            Duration interval) {
        this.name = name;
        this.maker = maker;
        this.executor = executor;
        this.clock = clock;
        this.interval = interval;
    }

    /** A report made again at every {@link #refresh()}; {@code interval} is how often the schedule calls it. */
    public static <T> PreparedReport<T> refreshedEvery(Duration interval, String name, Function<Instant, T> maker,
            Executor executor, Clock clock) {
        return new PreparedReport<>(name, maker, executor, clock, interval);
    }

    /** A report that does not change once made (its input does not change). */
    public static <T> PreparedReport<T> madeOnce(String name, Function<Instant, T> maker, Executor executor,
            Clock clock) {
        return new PreparedReport<>(name, maker, executor, clock, null);
    }

    /** The report last made, without waiting; starts making one when there is none yet or it is overdue. */
    public Snapshot<T> snapshot() {
        Made<T> made = last;
        boolean overdue = made != null && interval != null
                && !clock.instant().isBefore(made.madeAt().plus(interval.multipliedBy(2)));
        if (made == null && !attempted.get() || overdue) {
            prepare();
        }
        return new Snapshot<>(made == null ? null : made.report(), made == null ? null : made.madeAt(),
                making.get(), failure);
    }

    /** Starts making the report again in the background (once only for a report made once); never waits. */
    public void refresh() {
        if (interval != null || last == null) {
            prepare();
        }
    }

    /** How often the report is made again; null for a report made once. */
    public Duration interval() {
        return interval;
    }

    private void prepare() {
        if (!making.compareAndSet(false, true)) {
            return;
        }
        attempted.set(true);
        try {
            executor.execute(this::make);
        } catch (RejectedExecutionException e) {
            making.set(false);
            if (!stopping()) {
                log.warn("The {} could not be queued to be made: {}", name, FailureSummary.of(e));
            }
        }
    }

    /** The node is stopping: its background thread was shut down. */
    private boolean stopping() {
        return executor instanceof ExecutorService service && service.isShutdown();
    }

    private void make() {
        Instant started = clock.instant();
        long start = System.nanoTime();
        try {
            last = new Made<>(maker.apply(started), started);
            failure = null;
            log.debug("The {} was made in {} ms", name, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            failure = FailureSummary.of(e);
            if (stopping()) {
                log.debug("The {} was abandoned as the node stops: {}", name, failure);
            } else {
                log.warn("The {} could not be made; the last one made stays: {}", name, failure);
            }
        } finally {
            making.set(false);
        }
    }
}
