package org.portcullis.rules.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /**
     * CPU nanoseconds of the current thread and of the workers rule sessions run on ("rule-session-N"): an
     * assessment screens on the calling thread and runs its rules on a worker.
     */
    static long assessingCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = threads.getCurrentThreadCpuTime();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("rule-session-")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    /**
     * CPU nanoseconds of every live Java thread together: the calling thread, the rule session workers and the
     * common fork-join pool's workers that screen a large manifest beside it (not the JVM's GC and compiler threads).
     */
    static long allThreadsCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            total += Math.max(0, threads.getThreadCpuTime(id));
        }
        return total;
    }

    /** CPU nanoseconds of the whole JVM process (garbage collection and JIT compiling too), or -1 if unknown. */
    static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * Wall time, CPU time of the calling thread and rule session workers, CPU of all Java threads and of the process
     * in each measured round; what the last gave.
     */
    record Timings<T>(long[] wall, long[] cpu, long[] allCpu, long[] processCpu, T last) {
    }

    /** Runs the work {@code warmUp} times unmeasured, then {@code rounds} times measured. */
    static <T> Timings<T> time(int warmUp, int rounds, Supplier<T> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        long[] allCpu = new long[rounds];
        long[] processCpu = new long[rounds];
        T last = null;
        for (int i = 0; i < rounds; i++) {
            long cpu0 = assessingCpu();
            long all0 = allThreadsCpu();
            long process0 = processCpu();
            long t0 = System.nanoTime();
            last = work.get();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = assessingCpu() - cpu0;
            allCpu[i] = allThreadsCpu() - all0;
            processCpu[i] = processCpu() - process0;
        }
        return new Timings<>(wall, cpu, allCpu, processCpu, last);
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    /** The 95th percentile (nearest rank), in milliseconds. */
    static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
    }

    static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
