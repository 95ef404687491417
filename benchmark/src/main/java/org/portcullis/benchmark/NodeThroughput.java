package org.portcullis.benchmark;

import java.util.concurrent.TimeUnit;

/**
 * Throughput of the nodes that are up, on one database and broker: {@code filings} filings (every tenth invalid)
 * sent as fast as the broker stores them, timed from the first send until every one has its answer and, valid ones,
 * their ASSESSMENT_COMPLETE; with how busy the machine was meanwhile.
 */
final class NodeThroughput {

    record Figure(double filingsPerSecond, double seconds, double machineBusyShare, boolean complete) {
    }

    private static final long TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(10);

    private NodeThroughput() {
    }

    static Figure measure(String brokerUrl, String carrierId, String prefix, int filings, long anyNodePid)
            throws Exception {
        try (Carrier carrier = new Carrier(brokerUrl, ExternalBroker.USER, ExternalBroker.PASSWORD, carrierId)) {
            NoticeLedger ledger = new NoticeLedger();
            carrier.listen(ledger);
            Traffic traffic = new Traffic(carrier, prefix, filings);
            CpuUse cpu = new CpuUse(anyNodePid);
            CpuUse.Sample from = cpu.sample();
            long begin = System.nanoTime();
            traffic.start();
            while (!ledger.complete(traffic) && System.nanoTime() - begin < TIMEOUT_NANOS) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            CpuUse.Between use = CpuUse.between(from, cpu.sample());
            traffic.finish();
            return new Figure(filings / seconds, seconds, use.machineBusyShare(), ledger.complete(traffic));
        }
    }
}
