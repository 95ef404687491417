package org.portcullis.broker;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.postoffice.Binding;
import org.apache.activemq.artemis.core.postoffice.Bindings;
import org.apache.activemq.artemis.core.postoffice.PostOffice;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.RouteContextList;
import org.apache.activemq.artemis.core.server.RoutingContext;

/**
 * Addresses under which every message must reach a queue, or a named queue. Artemis 2.40 publishes the routing table
 * of a new address under a wildcard before it copies the wildcard's queue into it; a message routed in that gap misses
 * the queue and is acknowledged all the same (dropped, when it reached no other queue; a missing table would send it
 * to the dead-letter address, an empty one does not). Called before the broker stores a message: when the message
 * missed the queue and its address's table exists but lacks the queue, waits a moment for the copy and routes the
 * message to the queue then, or refuses the send.
 * <p>
 * Each entry is a prefix ({@code portcullis.iot.}: a message under it must reach some queue) or a prefix and the
 * queue it must reach ({@code portcullis.iot.=portcullis.iot.events}: also when the table holds other queues).
 */
final class RequiredRoutes {

    static final long DEFAULT_WAIT_MILLIS = 500;
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final List<Route> routes;
    private final long waitNanos;

    RequiredRoutes(List<String> entries, long waitMillis) {
        this.routes = entries.stream().map(Route::of).toList();
        this.waitNanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
    }

    /** The comma-separated entries of a broker.xml property; none when blank. */
    static List<String> parse(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(prefix -> !prefix.isEmpty())
                .toList();
    }

    /** The entries as configured ({@code prefix} or {@code prefix=queue}). */
    List<String> prefixes() {
        return routes.stream().map(Route::toString).toList();
    }

    /**
     * Routes a message that missed its required queue (or reached none) to it through its address's table, once the
     * table has it; leaves alone a message that reached it, an address under no prefix and an address without a
     * table (the broker's own no-route handling, e.g. a dead-letter address, takes that one).
     */
    void ensureRouted(PostOffice postOffice, Message message, RoutingContext context) throws Exception {
        if (postOffice == null || routes.isEmpty()) {
            return;
        }
        SimpleString address = context.getAddress(message);
        Route route = address == null ? null : routeFor(address.toString());
        if (route == null || route.reachedBy(context)) {
            return;
        }
        Bindings table = postOffice.lookupBindingsForAddress(address);
        if (table == null) {
            return;
        }
        long deadline = System.nanoTime() + waitNanos;
        while (table == null || !route.offeredBy(table)) {
            if (System.nanoTime() - deadline >= 0) {
                throw new ActiveMQException(ActiveMQExceptionType.INTERNAL_ERROR, "the routing table of " + address
                        + " " + route.missing() + " yet; send again");
            }
            LockSupport.parkNanos(POLL_NANOS);
            table = postOffice.lookupBindingsForAddress(address);
        }
        route.routeThrough(table, message, context);
    }

    private Route routeFor(String address) {
        for (Route route : routes) {
            if (address.startsWith(route.prefix())) {
                return route;
            }
        }
        return null;
    }

    /** A prefix and the queue its messages must reach (null: any queue). */
    private record Route(String prefix, String queue) {

        static Route of(String entry) {
            int equals = entry.indexOf('=');
            return equals < 0 ? new Route(entry, null)
                    : new Route(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
        }

        boolean reachedBy(RoutingContext context) {
            if (queue == null) {
                return context.getQueueCount() > 0;
            }
            for (RouteContextList listing : context.getContexListing().values()) {
                if (holds(listing.getDurableQueues()) || holds(listing.getNonDurableQueues())) {
                    return true;
                }
            }
            return false;
        }

        private boolean holds(List<Queue> queues) {
            return queues.stream().anyMatch(candidate -> candidate.getName().toString().equals(queue));
        }

        boolean offeredBy(Bindings table) {
            return queue == null ? !table.getBindings().isEmpty() : binding(table) != null;
        }

        private Binding binding(Bindings table) {
            return table.getBindings().stream().filter(binding -> binding.getUniqueName().toString().equals(queue))
                    .findFirst().orElse(null);
        }

        /** Through the whole table for any queue; to the named queue's binding alone, if its filter takes it. */
        void routeThrough(Bindings table, Message message, RoutingContext context) throws Exception {
            if (queue == null) {
                table.route(message, context);
                return;
            }
            Binding binding = binding(table);
            if (binding.getFilter() == null || binding.getFilter().match(message)) {
                binding.route(message, context);
            }
        }

        String missing() {
            return queue == null ? "has no queue" : "does not hold the queue " + queue;
        }

        @Override
        public String toString() {
            return queue == null ? prefix : prefix + "=" + queue;
        }
    }
}
