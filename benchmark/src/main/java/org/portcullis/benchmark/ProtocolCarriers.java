package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The carriers of the default setup's crash check, one per protocol the application's embedded broker takes: a
 * core JMS carrier sending {@code filings} filings, and an AMQP and a STOMP carrier sending a fifth as many each, all
 * at once, so that the messages of all three are on the queue when the application is killed. Each reads its notices
 * over core JMS (its notice queue; what is checked is how the filings came in).
 */
final class ProtocolCarriers implements AutoCloseable {

    static final String AMQP = "CRASH-AMQP";
    static final String STOMP = "CRASH-STOMP";

    /** One carrier: its id, how it sends, its filings, and the core connection it reads its notices with. */
    record Sending(String carrierId, String protocol, FilingSender sender, Traffic traffic, Carrier notices) {
    }

    private final List<Sending> carriers = new ArrayList<>();
    private final List<AutoCloseable> connections = new ArrayList<>();

    ProtocolCarriers(String coreUrl, BenchSettings.Ports ports, int filings) {
        Carrier core = carrier(coreUrl, BenchCarriers.CRASH);
        carriers.add(new Sending(BenchCarriers.CRASH, "core", core, new Traffic(core, "e", filings), core));
        AmqpCarrier amqp = new AmqpCarrier(new CarrierLogin("127.0.0.1", ports.amqp(), AMQP, BenchCarriers.PASSWORD));
        connections.add(amqp);
        carriers.add(new Sending(AMQP, "AMQP", amqp, new Traffic(amqp, "a", filings / 5), carrier(coreUrl, AMQP)));
        StompCarrier stomp = new StompCarrier(new CarrierLogin("127.0.0.1", ports.stomp(), STOMP,
                BenchCarriers.PASSWORD));
        connections.add(stomp);
        carriers.add(new Sending(STOMP, "STOMP", stomp, new Traffic(stomp, "s", filings / 5), carrier(coreUrl, STOMP)));
    }

    private Carrier carrier(String coreUrl, String carrierId) {
        Carrier carrier = new Carrier(coreUrl, carrierId, BenchCarriers.PASSWORD, carrierId);
        connections.add(carrier);
        return carrier;
    }

    List<Sending> carriers() {
        return carriers;
    }

    Traffic core() {
        return carriers.get(0).traffic();
    }

    void start() {
        carriers.forEach(carrier -> carrier.traffic().start());
    }

    void finish() throws Exception {
        for (Sending carrier : carriers) {
            carrier.traffic().finish();
        }
    }

    int filings() {
        return carriers.stream().mapToInt(carrier -> carrier.traffic().count()).sum();
    }

    int retriedSends() {
        return carriers.stream().mapToInt(carrier -> carrier.sender().retriedSends()).sum();
    }

    /**
     * How many of this carrier's messages the application logged as delivered again by the broker after it had
     * handled them (its process killed between the database commit and the acknowledgement), and so not answered again.
     */
    static int redeliveriesRecognised(Path applicationLog, String carrierId) throws IOException {
        Pattern line = Pattern.compile("Message \\S+ of carrier " + Pattern.quote(carrierId)
                + " delivered again by the broker after it was handled");
        try (Stream<String> lines = Files.lines(applicationLog)) {
            return (int) lines.map(line::matcher).filter(Matcher::find).count();
        }
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable connection : connections) {
            connection.close();
        }
    }
}
