package org.portcullis.casework.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this node serving the version the database says is live. Every poll interval it reads the latest
 * activation: a version announced for a moment ahead is compiled now and swapped in at that moment; a version
 * live already is swapped in at once. The swap is atomic: an assessment uses one version throughout.
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
    private volatile Instant liveSince;
    private ScheduledExecutorService scheduler;

    public RuleSetSynchronizer(LiveRuleSet liveRuleSet, RuleSetVersions versions, RuleSetCompiler compiler,
            RulesProperties properties, Clock clock) {
        this.liveRuleSet = liveRuleSet;
        this.versions = versions;
        this.compiler = compiler;
        this.properties = properties;
        this.clock = clock;
        this.liveSince = clock.instant();
    }

    /** A rule set compiled elsewhere on this node (by the reloader), so that it needs no second compilation. */
    void offer(RuleSet ruleSet) {
        compiled.put(ruleSet.version(), ruleSet);
    }

    public Instant liveSince() {
        return liveSince;
    }

    /** Adopts the live version of the database now; compiles an announced one ahead of its moment. */
    public synchronized void synchronize() {
        Instant now = clock.instant();
        versions.latest().filter(latest -> latest.liveFrom().isAfter(now)).ifPresent(pending -> {
            RuleSet next = compiledVersion(pending.version());
            if (next != null && scheduler != null) {
                long delay = Duration.between(now, pending.liveFrom()).toMillis();
                scheduler.schedule(this::synchronize, Math.max(delay, 0), TimeUnit.MILLISECONDS);
            }
        });
        versions.liveAt(now).ifPresent(live -> {
            if (!live.version().equals(liveRuleSet.current().version())) {
                RuleSet next = compiledVersion(live.version());
                if (next != null) {
                    RuleSet previous = liveRuleSet.replace(next);
                    liveSince = clock.instant();
                    compiled.keySet().removeIf(version -> !version.equals(next.version()));
                    log.info("Rule set {} is live on this node ({} rules; it replaced {})", next.version(),
                            next.rules().size(), previous.version());
                }
            }
        });
    }

    private RuleSet compiledVersion(String version) {
        try {
            return compiled.computeIfAbsent(version, v -> compiler.compile(versions.files(v)));
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
