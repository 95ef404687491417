package org.portcullis.broker;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.postoffice.Bindings;
import org.apache.activemq.artemis.core.postoffice.PostOffice;
import org.apache.activemq.artemis.core.server.RoutingContext;

/**
 * Addresses under which every message must reach a queue. Artemis 2.40 publishes the routing table of a new address
 * under a wildcard before it copies the wildcard's queue into it; a message routed in that gap reaches no queue and
 * is acknowledged and dropped (a missing table would send it to the dead-letter address, an empty one does not).
 * Called before the broker stores a message it routed to no queue: when the address's table exists but has no
 * binding yet, waits a moment for the copy and routes the message through the table then, or refuses the send.
 */
final class RequiredRoutes {

    static final long DEFAULT_WAIT_MILLIS = 500;
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final List<String> prefixes;
    private final long waitNanos;

    RequiredRoutes(List<String> prefixes, long waitMillis) {
        this.prefixes = List.copyOf(prefixes);
        this.waitNanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
    }

    /** The comma-separated prefixes of a broker.xml property; none when blank. */
    static List<String> parse(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(prefix -> !prefix.isEmpty())
                .toList();
    }

    List<String> prefixes() {
        return prefixes;
    }

    /**
     * Routes a message the broker found no queue for through its address's table, once that has a binding; leaves
     * alone a message routed somewhere, an address under no prefix and an address without a table (the broker's
     * own no-route handling, e.g. a dead-letter address, takes that one).
     */
    void ensureRouted(PostOffice postOffice, Message message, RoutingContext context) throws Exception {
        if (context.getQueueCount() > 0 || postOffice == null || prefixes.isEmpty()) {
            return;
        }
        SimpleString address = context.getAddress(message);
        if (address == null || !required(address.toString())) {
            return;
        }
        Bindings table = postOffice.lookupBindingsForAddress(address);
        if (table == null) {
            return;
        }
        long deadline = System.nanoTime() + waitNanos;
        while (table == null || table.getBindings().isEmpty()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new ActiveMQException(ActiveMQExceptionType.INTERNAL_ERROR, "the routing table of " + address
                        + " has no queue yet; send again");
            }
            LockSupport.parkNanos(POLL_NANOS);
            table = postOffice.lookupBindingsForAddress(address);
        }
        table.route(message, context);
    }

    private boolean required(String address) {
        for (String prefix : prefixes) {
            if (address.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
