package org.portcullis.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The application arguments of the production-like setups: PostgreSQL and an external broker (one, or the pair's
 * HA address), signed in as the broker's user and sharing the sender stamp's secret with it.
 */
final class ProductionSetup {

    private ProductionSetup() {
    }

    static List<String> args(String brokerUrl, PostgresCluster postgres) {
        List<String> args = new ArrayList<>(brokerArgs(brokerUrl));
        args.addAll(List.of("--spring.datasource.url=" + postgres.url("portcullis"),
                "--spring.datasource.username=postgres", "--spring.datasource.password="));
        return args;
    }

    /** The application's arguments for the external broker alone (the database given otherwise). */
    static List<String> brokerArgs(String brokerUrl) {
        return List.of("--portcullis.broker.embedded=false", "--spring.artemis.broker-url=" + brokerUrl,
                "--spring.artemis.user=" + ExternalBroker.USER, "--spring.artemis.password=" + ExternalBroker.PASSWORD,
                "--portcullis.broker.sender-seal-secret=" + ExternalBroker.SEAL_SECRET);
    }
}
