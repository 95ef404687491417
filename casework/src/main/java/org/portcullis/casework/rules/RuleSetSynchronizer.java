package org.portcullis.casework.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this node serving the version the database says is live. Every poll interval it reads the latest
 * activation: a version announced for a moment ahead ({@link GoLive}) is compiled now and swapped in at that moment;
 * a version live already is swapped in at once. The swap is atomic: an assessment uses one version throughout. A
 * node that had not compiled a version by its moment swaps as soon as it has, and says how late it was (a warning,
 * {@link #lateSwitches()} and {@link #lastLateness()}).
 */
@Component
public class RuleSetSynchronizer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleSetSynchronizer.class);

    private final LiveRuleSet liveRuleSet;
    private final RuleSetVersions versions;
    private final RuleSetCompiler compiler;
    private final RulesProperties properties;
    private final Clock clock;
    private final Map<String, RuleSet> compiled = new ConcurrentHashMap<>();
    private final Map<String, Instant> compiledAt = new ConcurrentHashMap<>();
    private final Instant startedAt;
    private final AtomicLong lateSwitches = new AtomicLong();
    private volatile Duration lastLateness = Duration.ZERO;
    private volatile Instant liveSince;
    private ScheduledExecutorService scheduler;

    public RuleSetSynchronizer(LiveRuleSet liveRuleSet, RuleSetVersions versions, RuleSetCompiler compiler,
            RulesProperties properties, Clock clock) {
        this.liveRuleSet = liveRuleSet;
        this.versions = versions;
        this.compiler = compiler;
        this.properties = properties;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.liveSince = startedAt;
    }

    /** A rule set compiled elsewhere on this node (by the reloader), so that it needs no second compilation. */
    void offer(RuleSet ruleSet) {
        compiled.put(ruleSet.version(), ruleSet);
        compiledAt.putIfAbsent(ruleSet.version(), clock.instant());
    }

    public Instant liveSince() {
        return liveSince;
    }

    /** How many versions this node put live after their agreed moment, because it had not compiled them by then. */
    public long lateSwitches() {
        return lateSwitches.get();
    }

    /** How late this node put the last version live (zero when on time). */
    public Duration lastLateness() {
        return lastLateness;
    }

    /** Adopts the live version of the database now; compiles an announced one ahead of its moment. */
    public synchronized void synchronize() {
        Instant now = clock.instant();
        versions.latest().filter(latest -> latest.liveFrom().isAfter(now)).ifPresent(pending -> {
            RuleSet next = compiledVersion(pending.version());
            if (next != null && scheduler != null) {
                // From the time after compiling; a wake-up a little early finds it pending and schedules the rest.
                long delay = Duration.between(clock.instant(), pending.liveFrom()).toMillis();
                scheduler.schedule(this::synchronize, Math.max(delay, 0), TimeUnit.MILLISECONDS);
            }
        });
        // Read again after compiling: a compilation that overran the moment swaps at once, not a poll later.
        versions.liveAt(clock.instant()).ifPresent(live -> {
            if (!live.version().equals(liveRuleSet.current().version())) {
                RuleSet next = compiledVersion(live.version());
                if (next != null) {
                    swap(next, live.liveFrom());
                }
            }
        });
    }

    private void swap(RuleSet next, Instant liveFrom) {
        RuleSet previous = liveRuleSet.replace(next);
        liveSince = clock.instant();
        Duration late = GoLive.lateness(liveFrom, compiledAt.getOrDefault(next.version(), liveSince), startedAt);
        lastLateness = late;
        compiled.keySet().removeIf(version -> !version.equals(next.version()));
        compiledAt.keySet().removeIf(version -> !version.equals(next.version()));
        log.info("Rule set {} is live on this node ({} rules; it replaced {})", next.version(), next.rules().size(),
                previous.version());
        if (!late.isZero()) {
            lateSwitches.incrementAndGet();
            log.warn("Rule set {} went live on this node {} ms after the moment every node agreed on ({}): this node "
                    + "had not compiled it by then, and served {} meanwhile. Raise portcullis.rules.switch-delay or "
                    + "switch-lead-factor above this node's compile time", next.version(), late.toMillis(), liveFrom,
                    previous.version());
        }
    }

    private RuleSet compiledVersion(String version) {
        try {
            return compiled.computeIfAbsent(version, v -> {
                RuleSet ruleSet = compiler.compile(versions.files(v));
                compiledAt.put(v, clock.instant());
                return ruleSet;
            });
        } catch (RuntimeException e) {
            log.error("Rule set {} from the database does not compile on this node; {} keeps serving: {}",
                    version, liveRuleSet.current().version(), e.getMessage());
            return null;
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rule-set-synchronizer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::synchronizeQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void synchronizeQuietly() {
        try {
            synchronize();
        } catch (RuntimeException e) {
            log.warn("Could not look for a new rule set version: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
