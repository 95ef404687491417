package org.portcullis.rules.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the benchmarks put their figures: the log and target/benchmark/rules.txt. */
final class BenchmarkReport {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkReport.class);
    private static final Path FILE = Path.of("target", "benchmark", "rules.txt");

    private BenchmarkReport() {
    }

    static void line(String format, Object... args) {
        String text = String.format(java.util.Locale.ROOT, format, args);
        log.info(text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wall and CPU time (of the calling thread) of each measured round, and what the last round gave. */
    record Timings<T>(long[] wall, long[] cpu, T last) {
    }

    /** Runs the work {@code warmUp} times unmeasured, then {@code rounds} times measured. */
    static <T> Timings<T> time(int warmUp, int rounds, Supplier<T> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        var threads = ManagementFactory.getThreadMXBean();
        T last = null;
        for (int i = 0; i < rounds; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = work.get();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
        }
        return new Timings<>(wall, cpu, last);
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
