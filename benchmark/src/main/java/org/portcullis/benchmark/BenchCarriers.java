package org.portcullis.benchmark;

import java.util.List;

/**
 * The carriers the benchmark files as. The application it starts gets a broker account for each (the embedded
 * broker signs carriers in) and an operator account to count dead letters, all with the same throw-away password.
 */
final class BenchCarriers {

    static final String THROUGHPUT = "BENCH-T";
    static final String LATENCY = "BENCH-L";
    static final String CRASH = "CRASH-EMBEDDED";
    static final List<String> IDS = List.of(THROUGHPUT, LATENCY, CRASH, ProtocolCarriers.AMQP, ProtocolCarriers.STOMP);
    /** The embedded broker's operator, who may read the dead-letter queues. */
    static final String OPERATOR = "operator";
    static final String PASSWORD = "bench-secret";

    private BenchCarriers() {
    }
}
