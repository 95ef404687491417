package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How busy the machine's cores and the application's JVM were between two moments, from {@code /proc/stat} and the
 * JVM's own CPU time, so that a throughput figure says whether the cores were the limit.
 */
final class CpuUse {

    record Sample(long busyTicks, long allTicks, Duration appCpu, long appJitTicks, long appReportTicks,
            Duration harnessCpu, long databaseTicks, long brokerTicks, long at, Map<Long, Long> appWaitNanos,
            Map<Long, Long> databaseWaitNanos, long[] apartTicks) {
    }

    /**
     * The machine's busy share of all its cores, and the cores used by the application's JVM, by this harness (the
     * carrier sending filings and reading notices) and by everything else (the database, mostly).
     */
    record Between(double machineBusyShare, double appCores, double appJitCores, double appReportCores,
            double harnessCores, double otherCores, double databaseCores, double brokerCores, double wallSeconds,
            double appWaitCores, double databaseWaitCores, double[] apartCores) {

        /** The cores of the processes counted apart ({@link CpuUse#apart}), all together. */
        double allApartCores() {
            return java.util.Arrays.stream(apartCores).sum();
        }

        /** Milliseconds of CPU per unit of work done at {@code rate} per second, for these cores. */
        static double perUnit(double cores, double rate) {
            return rate <= 0 ? Double.NaN : 1000 * cores / rate;
        }
    }

    /** Linux reports thread CPU times in ticks of 1/100 s (USER_HZ). */
    static final double TICKS_PER_SECOND = 100;

    private final ProcessHandle application;
    private final long databasePid;
    private final long brokerPid;
    private long[] apartPids = new long[0];

    /**
     * @param databasePid the PostgreSQL server's postmaster, whose processes' CPU is counted apart (on a machine
     *     shared with other work, "everything else" is not the database); 0 when the database is in the JVM
     */
    CpuUse(long applicationPid, long databasePid) {
        this(applicationPid, databasePid, 0);
    }

    /** @param brokerPid an external broker's process (its CPU counted apart, like the database's); 0 for none */
    CpuUse(long applicationPid, long databasePid, long brokerPid) {
        this.application = ProcessHandle.of(applicationPid).orElseThrow();
        this.databasePid = databasePid;
        this.brokerPid = brokerPid;
    }

    /** Without the database's processes counted apart (the runs that do not report the per-filing split). */
    CpuUse(long applicationPid) {
        this(applicationPid, 0);
    }

    /**
     * Further processes whose CPU (with their descendants') is counted apart, in {@link Between#apartCores()} in
     * this order: another application node, another broker.
     */
    CpuUse apart(long... pids) {
        this.apartPids = pids.clone();
        return this;
    }

    long applicationPid() {
        return application.pid();
    }

    Sample sample() {
        long[] ticks = cpuTicks();
        long all = Arrays.stream(ticks).sum();
        long idle = ticks[3] + (ticks.length > 4 ? ticks[4] : 0);
        Duration appCpu = application.info().totalCpuDuration().orElse(Duration.ZERO);
        Duration harnessCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        return new Sample(all - idle, all, appCpu, jitTicks(application.pid()),
                threadTicks(application.pid(), REPORT_THREAD), harnessCpu,
                processTreeTicks(databasePid), processTreeTicks(brokerPid), System.nanoTime(),
                threadsWaitNanos(application.pid()), processTreeWaitNanos(databasePid),
                Arrays.stream(apartPids).map(CpuUse::processTreeTicks).toArray());
    }

    static Between between(Sample from, Sample to) {
        double all = to.allTicks() - from.allTicks();
        double wall = (to.at() - from.at()) / 1e9;
        double appCores = to.appCpu().minus(from.appCpu()).toNanos() / 1e9 / wall;
        double jitCores = (to.appJitTicks() - from.appJitTicks()) / TICKS_PER_SECOND / wall;
        double reportCores = (to.appReportTicks() - from.appReportTicks()) / TICKS_PER_SECOND / wall;
        double harnessCores = to.harnessCpu().minus(from.harnessCpu()).toNanos() / 1e9 / wall;
        double busy = all == 0 ? 0 : (to.busyTicks() - from.busyTicks()) / all;
        double otherCores = Math.max(0, busy * Runtime.getRuntime().availableProcessors() - appCores - harnessCores);
        double databaseCores = (to.databaseTicks() - from.databaseTicks()) / TICKS_PER_SECOND / wall;
        double brokerCores = (to.brokerTicks() - from.brokerTicks()) / TICKS_PER_SECOND / wall;
        double[] apartCores = new double[to.apartTicks().length];
        for (int i = 0; i < apartCores.length; i++) {
            long before = i < from.apartTicks().length ? from.apartTicks()[i] : 0;
            apartCores[i] = (to.apartTicks()[i] - before) / TICKS_PER_SECOND / wall;
        }
        return new Between(busy, appCores, jitCores, reportCores, harnessCores, otherCores, databaseCores,
                brokerCores, wall, waitBetween(from.appWaitNanos(), to.appWaitNanos()) / 1e9 / wall,
                waitBetween(from.databaseWaitNanos(), to.databaseWaitNanos()) / 1e9 / wall, apartCores);
    }

    /**
     * The wait for a core between two samples, thread by thread (or process by process): a thread's wait only grows,
     * so each counts what it added, one born in between all of its own; one that ended in between is not counted
     * (its last figures are gone), so the figure is a lower bound when threads or backends end within the window.
     */
    static long waitBetween(Map<Long, Long> from, Map<Long, Long> to) {
        long total = 0;
        for (Map.Entry<Long, Long> task : to.entrySet()) {
            total += Math.max(0, task.getValue() - from.getOrDefault(task.getKey(), 0L));
        }
        return total;
    }

    /**
     * Time each thread of a process spent runnable but waiting for a core so far (the second field of
     * {@code /proc/PID/task/TID/schedstat}), in ns by thread id: on a machine whose cores are all busy, part of every
     * statement's time in PostgreSQL is this wait, not work.
     */
    static Map<Long, Long> threadsWaitNanos(long pid) {
        Map<Long, Long> waits = new HashMap<>();
        try (var threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            threads.forEach(thread -> waits.put(Long.parseLong(thread.getFileName().toString()),
                    waitNanos(thread.resolve("schedstat"))));
        } catch (IOException | RuntimeException e) {
            return waits;
        }
        return waits;
    }

    /** The same by process for a process and its live descendants (PostgreSQL's backends). */
    static Map<Long, Long> processTreeWaitNanos(long pid) {
        Map<Long, Long> waits = new HashMap<>();
        if (pid <= 0) {
            return waits;
        }
        waits.put(pid, waitNanos(Path.of("/proc", Long.toString(pid), "schedstat")));
        for (ProcessHandle child : ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(java.util.List.of())) {
            waits.put(child.pid(), waitNanos(Path.of("/proc", Long.toString(child.pid()), "schedstat")));
        }
        return waits;
    }

    private static long waitNanos(Path schedstat) {
        try {
            return Long.parseLong(Files.readString(schedstat).trim().split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * CPU ticks of a process and all it started: its own, those of its children that ended (the kernel adds them
     * to the parent's) and those of its live descendants (PostgreSQL's backends, one per connection). 0 for pid 0.
     */
    static long processTreeTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        long[] own = statTicks(pid);
        long total = own[0] + own[1] + own[2] + own[3];
        for (ProcessHandle child : ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(java.util.List.of())) {
            long[] ticks = statTicks(child.pid());
            total += ticks[0] + ticks[1];
        }
        return total;
    }

    /** utime, stime, cutime, cstime of a process, in clock ticks (zeros once it has gone). */
    private static long[] statTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return new long[4];
        }
    }

    /** CPU ticks (user and system) of the JVM's JIT compiler threads so far ("C1/C2 CompilerThread"). */
    static long jitTicks(long pid) {
        return threadTicks(pid, "CompilerThre");
    }

    /**
     * The application's thread that makes the risk pages' reports every few minutes over the stored history: not
     * work a filing asks for, but it lands in a window now and then and its cost grows with the history.
     */
    static final String REPORT_THREAD = "risk-reports";

    /** CPU ticks (user and system) so far of the process's threads whose name holds this text. */
    static long threadTicks(long pid, String name) {
        try (var threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.mapToLong(thread -> namedThreadTicks(thread, name)).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long namedThreadTicks(Path thread, String name) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (!stat.substring(open + 1, close).contains(name)) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** user nice system idle iowait irq softirq steal of the machine's first line, in clock ticks. */
    private static long[] cpuTicks() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] fields = line.trim().split("\\s+");
            return Arrays.stream(fields, 1, Math.min(fields.length, 9)).mapToLong(Long::parseLong).toArray();
        } catch (IOException | RuntimeException e) {
            return new long[8];
        }
    }
}
