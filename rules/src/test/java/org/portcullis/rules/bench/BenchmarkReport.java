package org.portcullis.rules.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * Runs each work {@code rounds} times, taking turns round by round (so that each meets the JIT in the same state),
     * measured as {@link #time} measures; the timings in the order of the works.
     */
    static List<Timings<Object>> interleaved(int rounds, List<Supplier<?>> works) {
        List<long[][]> figures = new ArrayList<>();
        List<Object> last = new ArrayList<>();
        for (int w = 0; w < works.size(); w++) {
            figures.add(new long[4][rounds]);
            last.add(null);
        }
        for (int i = 0; i < rounds; i++) {
            for (int w = 0; w < works.size(); w++) {
                Timings<?> one = time(0, 1, works.get(w));
                long[][] f = figures.get(w);
                f[0][i] = one.wall()[0];
                f[1][i] = one.cpu()[0];
                f[2][i] = one.allCpu()[0];
                f[3][i] = one.processCpu()[0];
                last.set(w, one.last());
            }
        }
        List<Timings<Object>> timings = new ArrayList<>();
        for (int w = 0; w < works.size(); w++) {
            long[][] f = figures.get(w);
            timings.add(new Timings<>(f[0], f[1], f[2], f[3], last.get(w)));
        }
        return timings;
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
