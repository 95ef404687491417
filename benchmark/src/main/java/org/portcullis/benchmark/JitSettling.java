package org.portcullis.benchmark;

import java.time.Duration;

/**
 * Tells when a JVM's just-in-time compiler has settled, so that a throughput figure is taken at steady state and not
 * while the compiler still competes for the cores: at least the minimum warm-up has passed and the JVM's compiler
 * threads used less than {@link #QUIET_CORES} of a core over the last {@link #STEP}; or the maximum has passed.
 */
final class JitSettling {

    static final Duration STEP = Duration.ofSeconds(10);
    static final double QUIET_CORES = 0.05;

    private final long pid;
    private final long started = System.nanoTime();
    private final long minimumEnd;
    private final long maximumEnd;
    private long lastAt;
    private long lastTicks;
    private double lastCores = Double.NaN;
    private long settledAt;

    JitSettling(long pid, Duration atLeast, Duration atMost) {
        this.pid = pid;
        this.minimumEnd = started + atLeast.toNanos();
        this.maximumEnd = started + Math.max(atLeast.toNanos(), atMost.toNanos());
        this.lastAt = started;
        this.lastTicks = CpuUse.jitTicks(pid);
    }

    /** Whether the warm-up is over; samples the compiler threads every {@link #STEP}. */
    boolean settled() {
        if (settledAt != 0) {
            return true;
        }
        long now = System.nanoTime();
        if (now - lastAt >= STEP.toNanos()) {
            long ticks = CpuUse.jitTicks(pid);
            lastCores = (ticks - lastTicks) / CpuUse.TICKS_PER_SECOND / ((now - lastAt) / 1e9);
            lastAt = now;
            lastTicks = ticks;
            if (now >= minimumEnd && lastCores < QUIET_CORES) {
                settledAt = now;
            }
        }
        if (settledAt == 0 && now >= maximumEnd) {
            settledAt = now;
        }
        return settledAt != 0;
    }

    /** Blocks until {@link #settled()}. */
    void await() throws InterruptedException {
        while (!settled()) {
            Thread.sleep(1000);
        }
    }

    /** How long the warm-up took. */
    Duration warmup() {
        return Duration.ofNanos((settledAt == 0 ? System.nanoTime() : settledAt) - started);
    }

    /** The compiler threads' cores over the last step before the warm-up ended (NaN before the first step). */
    double lastJitCores() {
        return lastCores;
    }
}
