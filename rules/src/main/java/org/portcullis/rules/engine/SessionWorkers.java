package org.portcullis.rules.engine;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads rule sessions run on, apart from the thread that asks for an assessment (a workflow job, a
 * backtest): that thread waits only until the time limit, so rule code cannot hang it. A session that does not
 * stop when halted (one rule computing for a long time) is abandoned: its thread runs on until the rule returns.
 * A rule set with {@link #MAX_ABANDONED} such sessions still running starts no more, so that a runaway rule
 * cannot take every core; other rule sets are not affected. A session runs with its caller's context class
 * loader, as it would on the caller's thread.
 */
final class SessionWorkers {

    static final SessionWorkers SHARED = new SessionWorkers();

    /** Abandoned sessions of one rule set that may still be running before it gets no new session. */
    static final int MAX_ABANDONED = 2;

    private static final Logger log = LoggerFactory.getLogger(SessionWorkers.class);

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "rule-session-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicInteger> abandoned = new ConcurrentHashMap<>();

    /** A session run handed to a worker, which the waiting thread may give up on. */
    final class Run<T> {

        private static final int RUNNING = 0;
        private static final int ENDED = 1;
        private static final int ABANDONED = 2;

        private final String ruleSet;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private final FutureTask<T> task;

        private Run(String ruleSet, Callable<T> work) {
            this.ruleSet = ruleSet;
            ClassLoader callers = Thread.currentThread().getContextClassLoader();
            this.task = new FutureTask<>(() -> {
                Thread worker = Thread.currentThread();
                ClassLoader own = worker.getContextClassLoader();
                worker.setContextClassLoader(callers);
                try {
                    return work.call();
                } finally {
                    worker.setContextClassLoader(own);
                    if (!state.compareAndSet(RUNNING, ENDED)) {
                        abandonedOf(ruleSet).decrementAndGet();
                        log.warn("an abandoned session of rule set {} has ended", ruleSet);
                    }
                }
            });
        }

        Future<T> future() {
            return task;
        }

        /** Leaves the session to run out on its worker, interrupted in case it waits for something. */
        void abandon() {
            abandonedOf(ruleSet).incrementAndGet();
            if (!state.compareAndSet(RUNNING, ABANDONED)) {
                abandonedOf(ruleSet).decrementAndGet();
            }
            task.cancel(true);
        }
    }

    /** Starts a session of the rule set on a worker, or refuses while too many of its sessions are abandoned. */
    <T> Run<T> start(String ruleSet, Callable<T> work) {
        int running = stillRunning(ruleSet);
        if (running >= MAX_ABANDONED) {
            throw new IllegalStateException(running + " assessments with rule set " + ruleSet + " overran the time"
                    + " limit and are still running; it assesses no more filings until they end");
        }
        Run<T> run = new Run<>(ruleSet, work);
        executor.execute(run.task);
        return run;
    }

    /** How many abandoned sessions of the rule set are still running. */
    int stillRunning(String ruleSet) {
        AtomicInteger count = abandoned.get(ruleSet);
        return count == null ? 0 : count.get();
    }

    private AtomicInteger abandonedOf(String ruleSet) {
        return abandoned.computeIfAbsent(ruleSet, key -> new AtomicInteger());
    }
}
