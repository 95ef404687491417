package org.portcullis.benchmark;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the running application through its public contract only: filings onto {@code portcullis.filings}, notices
 * off {@code portcullis.notices.<carrier>}. First the sustained throughput (a closed loop that keeps a window of
 * filings in flight), then latencies at half that rate (an open loop on a fixed schedule).
 */
final class EndToEndRun {

    private static final Logger log = LoggerFactory.getLogger(EndToEndRun.class);
    static final int WINDOW = 64;

    record Throughput(double filingsPerSecond, long sent, long completed, long rejected, Duration measured,
            CpuUse.Between cpu, Duration warmup) {
    }

    record Latency(double rate, long sent, Histogram toAccepted, Histogram toComplete, long rejected) {
    }

    /** How the harness signs in as a carrier: on the embedded broker as the carrier itself. */
    interface CarrierLogin {
        Carrier open(String carrierId);

        static CarrierLogin embedded(String brokerUrl) {
            return carrierId -> new Carrier(brokerUrl, carrierId, BenchCarriers.PASSWORD, carrierId);
        }
    }

    /** Told when the measured window opens and closes (the database's statement profile). */
    interface WindowListener {
        void opened() throws Exception;

        void closed(long completed) throws Exception;

        WindowListener NONE = new WindowListener() {
            @Override
            public void opened() {
            }

            @Override
            public void closed(long completed) {
            }
        };
    }

    private final CarrierLogin login;
    private final int consignments;
    private final CpuUse cpu;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    /** Throughput windows run so far: each sends message ids and LRNs of its own (a repeated id is a redelivery). */
    private int windows;

    EndToEndRun(String brokerUrl, int consignments, CpuUse cpu) {
        this(CarrierLogin.embedded(brokerUrl), consignments, cpu);
    }

    EndToEndRun(CarrierLogin login, int consignments, CpuUse cpu) {
        this.login = login;
        this.consignments = consignments;
        this.cpu = cpu;
    }

    Throughput throughput(Warmup warmup, Duration measured) throws Exception {
        return throughput(warmup, measured, WindowListener.NONE);
    }

    Throughput throughput(Warmup warmup, Duration measured, WindowListener listener) throws Exception {
        Semaphore window = new Semaphore(WINDOW);
        NoticeClock clock = new NoticeClock(window);
        String prefix = runId + "-" + ++windows + "-";
        try (Carrier carrier = login.open(BenchCarriers.THROUGHPUT)) {
            carrier.listen(clock);
            JitSettling settling = warmup.start(cpu.applicationPid());
            long measureFrom = Long.MAX_VALUE;
            long end = Long.MAX_VALUE;
            long sent = 0;
            CpuUse.Sample cpuFrom = null;
            while (System.nanoTime() < end) {
                if (cpuFrom == null && settling.settled()) {
                    listener.opened();
                    cpuFrom = cpu.sample();
                    measureFrom = cpuFrom.at();
                    end = measureFrom + measured.toNanos();
                    log.info("End to end: warm after {} s (JIT compiler {} cores), measuring for {} s",
                            settling.warmup().toSeconds(), String.format("%.2f", settling.lastJitCores()),
                            measured.toSeconds());
                }
                if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                String messageId = "t-" + prefix + sent;
                clock.sending(messageId, System.nanoTime());
                carrier.send(messageId, Filings.json("T-" + prefix + sent, consignments));
                sent++;
            }
            CpuUse.Between busy = CpuUse.between(cpuFrom, cpu.sample());
            long completed = clock.completedBetween(measureFrom, end);
            listener.closed(completed);
            awaitQuiet(window);
            double rate = completed / (measured.toNanos() / 1e9);
            log.info("Sustained: {} filings/s ({} completed in the window, {} sent, {} rejected, {} other notices); "
                    + "machine {}% busy, "
                    + "cores used: application {} (JIT compiler {}), harness {}, others {}", String.format("%.1f", rate),
                    completed, sent, clock.rejected(), clock.unexpected(),
                    String.format("%.0f", 100 * busy.machineBusyShare()),
                    String.format("%.2f", busy.appCores()), String.format("%.2f", busy.appJitCores()),
                    String.format("%.2f", busy.harnessCores()),
                    String.format("%.2f", busy.otherCores()));
            return new Throughput(rate, sent, completed, clock.rejected(), measured, busy, settling.warmup());
        }
    }

    Latency latency(double rate, Duration warmup, Duration measured) throws Exception {
        Semaphore unbounded = new Semaphore(Integer.MAX_VALUE / 2);
        NoticeClock clock = new NoticeClock(unbounded);
        try (Carrier carrier = login.open(BenchCarriers.LATENCY)) {
            carrier.listen(clock);
            long interval = (long) (1e9 / rate);
            long start = System.nanoTime();
            long measureFrom = start + warmup.toNanos();
            long end = measureFrom + measured.toNanos();
            boolean reset = false;
            long sent = 0;
            for (long due = start; due < end; due += interval) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (!reset && due >= measureFrom) {
                    clock.resetLatencies();
                    reset = true;
                }
                String messageId = "l-" + runId + "-" + sent;
                clock.sending(messageId, due);
                carrier.send(messageId, Filings.json("L-" + runId + "-" + sent, consignments));
                sent++;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (clock.completed() + clock.rejected() < sent && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            return new Latency(rate, sent, clock.acceptedLatencies(), clock.completeLatencies(), clock.rejected());
        }
    }

    private static void awaitQuiet(Semaphore window) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (window.availablePermits() < WINDOW && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
