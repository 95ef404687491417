package org.portcullis.benchmark;

import java.time.Duration;

/**
 * How long a part is warmed up before it is measured: at least {@code atLeast}, then until the JIT compiler of the
 * JVM that does the work has settled ({@link JitSettling}), at most {@code atMost}.
 */
record Warmup(Duration atLeast, Duration atMost) {

    JitSettling start(long pid) {
        return new JitSettling(pid, atLeast, atMost);
    }

    Warmup halved() {
        return new Warmup(atLeast.dividedBy(2), atMost);
    }
}
