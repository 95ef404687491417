package org.portcullis.casework.messaging;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.portcullis.messaging.jms.BatchMessageListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes messages off a queue in batches, for queues of many small messages (sensor events): up to {@code batchSize}
 * messages received in one transacted JMS session are handled in one database transaction, committed before the
 * session, so a batch costs one commit of each instead of one per message, and a crash between the two gives a
 * redelivery (which the listener recognises), never a lost message. When a batch's transaction fails, both are rolled
 * back and every consumer takes one message per transaction for {@link #SINGLES_AFTER_FAILURE} (longer than the
 * broker's redelivery delays add up to), so the message that cannot be handled fails alone and reaches the
 * dead-letter queue by its own delivery count, while the others of its batch pass at their second delivery.
 * A batch waits up to {@code linger} after its first message for more to fill it: fewer, fuller transactions
 * when messages trickle in, each message handled at most that much later. With a {@link Yield}, a batch received
 * waits before it is handled while other work is in hand (filings), at most {@link Yield#atMost()} per batch, so the
 * messages, safe on the broker, take the CPU in the gaps and still move on under constant load; its consumers run
 * at {@link Yield#threadPriority()} (an OS priority only with {@code -XX:ThreadPriorityPolicy=1}, docs/iot.md).
 */
public final class BatchListenerContainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BatchListenerContainer.class);
    private static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration RECOVERY_INTERVAL = Duration.ofSeconds(2);
    static final Duration SINGLES_AFTER_FAILURE = Duration.ofSeconds(60);
    private static final long YIELD_POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final ConnectionFactory connectionFactory;
    private final TransactionTemplate transactions;
    private final String queue;
    private final BatchMessageListener listener;
    private final int consumers;
    private final int batchSize;
    private final Duration linger;
    private final Clock clock;
    private final Yield yield;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private boolean autoStartup = true;
    private volatile Instant singlesUntil = Instant.MIN;

    public BatchListenerContainer(ConnectionFactory connectionFactory, PlatformTransactionManager transactionManager,
            String queue, BatchMessageListener listener, int consumers, int batchSize, Duration linger, Clock clock) {
        this(connectionFactory, transactionManager, queue, listener, new Batches(consumers, batchSize, linger),
                Yield.NONE, clock);
    }

    public BatchListenerContainer(ConnectionFactory connectionFactory, PlatformTransactionManager transactionManager,
            String queue, BatchMessageListener listener, Batches batches, Yield yield, Clock clock) {
        int consumers = batches.consumers();
        int batchSize = batches.size();
        if (consumers < 1 || batchSize < 1) {
            throw new IllegalArgumentException("a batch listener needs at least one consumer and a batch of one");
        }
        this.connectionFactory = connectionFactory;
        this.transactions = new TransactionTemplate(transactionManager);
        this.queue = queue;
        this.listener = listener;
        this.consumers = consumers;
        this.batchSize = batchSize;
        this.linger = batches.linger();
        this.clock = clock;
        this.yield = yield;
    }

    /** How many consumers take batches, how many messages a batch takes at most, how long it waits to fill. */
    public record Batches(int consumers, int size, Duration linger) {
    }

    /**
     * Other work to let go first: while {@code busy} says so, a received batch waits, {@code atMost} per batch; the
     * consumers' threads have the Java priority {@code threadPriority} (threads they create inherit it).
     */
    public record Yield(BooleanSupplier busy, Duration atMost, int threadPriority) {

        public static final Yield NONE = new Yield(() -> false, Duration.ZERO);

        public Yield {
            if (threadPriority < Thread.MIN_PRIORITY || threadPriority > Thread.MAX_PRIORITY) {
                throw new IllegalArgumentException("a thread priority is 1 to 10, not " + threadPriority);
            }
        }

        public Yield(BooleanSupplier busy, Duration atMost) {
            this(busy, atMost, Thread.NORM_PRIORITY);
        }
    }

    /** Whether the consumers start with the application context (true by default), as Spring's own containers. */
    public void setAutoStartup(boolean autoStartup) {
        this.autoStartup = autoStartup;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < consumers; i++) {
            Thread thread = new Thread(this::consume, "batch-" + queue + "-" + i);
            thread.setPriority(yield.threadPriority());
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(RECEIVE_TIMEOUT.multipliedBy(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void consume() {
        while (running) {
            try (Connection connection = connectionFactory.createConnection()) {
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
                connection.start();
                while (running) {
                    List<Message> batch = receive(consumer);
                    if (!batch.isEmpty()) {
                        yieldFirst(batch.size());
                        handle(batch, session);
                    }
                }
            } catch (JMSException | RuntimeException e) {
                log.warn("Consumer of {} lost its session ({}); reconnecting in {}", queue, e.toString(),
                        RECOVERY_INTERVAL);
                pause();
            }
        }
    }

    private void handle(List<Message> batch, Session session) throws JMSException {
        try {
            transactions.executeWithoutResult(status -> {
                try {
                    listener.onMessages(batch, session);
                } catch (JMSException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            session.rollback();
            singlesUntil = clock.instant().plus(SINGLES_AFTER_FAILURE);
            log.warn("A batch of {} message(s) from {} failed and comes again, one message per transaction for {}: {}",
                    batch.size(), queue, SINGLES_AFTER_FAILURE, e.toString());
            return;
        }
        session.commit();
    }

    /** Waits while the other work is in hand, at most {@link Yield#atMost()}; not for a single after a failure. */
    private void yieldFirst(int messages) {
        if (messages == 1 && clock.instant().isBefore(singlesUntil)) {
            return;
        }
        long until = System.nanoTime() + yield.atMost().toNanos();
        while (running && System.nanoTime() < until && yield.busy().getAsBoolean()) {
            LockSupport.parkNanos(YIELD_POLL_NANOS);
        }
    }

    private List<Message> receive(MessageConsumer consumer) throws JMSException {
        int limit = clock.instant().isBefore(singlesUntil) ? 1 : batchSize;
        List<Message> batch = new ArrayList<>();
        Message first = consumer.receive(RECEIVE_TIMEOUT.toMillis());
        if (first == null) {
            return batch;
        }
        batch.add(first);
        long lingerUntil = System.nanoTime() + linger.toNanos();
        while (batch.size() < limit) {
            Message next = consumer.receiveNoWait();
            long lingerMillis = (lingerUntil - System.nanoTime()) / 1_000_000;
            if (next == null && lingerMillis > 0) {
                next = consumer.receive(lingerMillis);
            }
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return batch;
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RECOVERY_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
