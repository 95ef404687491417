package org.portcullis.casework.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.jms.BatchMessageListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.listener.SessionAwareMessageListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Batches on a real broker and database: many messages are handled once each in far fewer transactions than
 * messages, a message that cannot be handled fails alone while the others of its batch pass, and a batch waits for
 * other work in hand, no longer than its bound.
 */
class BatchListenerContainerTest {

    private static final String QUEUE = "test.events";
    private static final int MAX_DELIVERY_ATTEMPTS = 3;

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final AtomicInteger commits = new AtomicInteger();
    private final Set<Integer> handlingPriorities = ConcurrentHashMap.newKeySet();
    private CachingConnectionFactory connectionFactory;
    private DataSourceTransactionManager transactions;
    private JdbcTemplate jdbc;
    private BatchListenerContainer container;

    @BeforeEach
    void start() throws Exception {
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://72"));
        broker.start();
        connectionFactory = new CachingConnectionFactory(new ActiveMQConnectionFactory("vm://72"));
        connectionFactory.setSessionCacheSize(10);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:batch-listener;DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table handled (id varchar(64) primary key, delivery int not null)");
        jdbc.execute("create table dead_lettered (id varchar(64) primary key)");
        transactions = new DataSourceTransactionManager(dataSource);
    }

    @AfterEach
    void stop() throws Exception {
        if (container != null) {
            container.stop();
        }
        connectionFactory.destroy();
        jdbc.execute("drop table handled");
        jdbc.execute("drop table dead_lettered");
        broker.stop();
    }

    @Test
    void manyMessagesAreHandledOnceEachInFarFewerTransactionsThanMessages() throws Exception {
        send(500, -1);

        startContainer(2, 100);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select count(*) from handled", Integer.class)).isEqualTo(500);
            assertThat(queueDepth()).isZero();
        });
        assertThat(jdbc.queryForObject("select max(delivery) from handled", Integer.class)).isEqualTo(1);
        assertThat(commits.get()).isBetween(5, 100);
    }

    @Test
    void aMessageThatCannotBeHandledFailsAloneAndTheOthersOfItsBatchPassAtTheirSecondDelivery() throws Exception {
        send(50, 10);

        startContainer(1, 100);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.queryForList("select id from dead_lettered", String.class)).containsExactly("m-10");
            assertThat(jdbc.queryForObject("select count(*) from handled", Integer.class)).isEqualTo(49);
            assertThat(queueDepth()).isZero();
        });
        assertThat(jdbc.queryForObject("select max(delivery) from handled", Integer.class)).isLessThanOrEqualTo(2);
    }

    @Test
    void messagesTricklingInWaitForTheirBatchToFillForUpToTheLinger() throws Exception {
        startContainer(1, 100, Duration.ofSeconds(3));

        for (int i = 0; i < 40; i++) {
            send(1, -1, "t-" + i + "-");
            TimeUnit.MILLISECONDS.sleep(10);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from handled", Integer.class)).isEqualTo(40));
        assertThat(commits.get()).as("one transaction per message without the linger").isLessThanOrEqualTo(4);
    }

    @Test
    void aBatchWaitsWhileOtherWorkIsInHandAndIsHandledOnceItIsDone() throws Exception {
        AtomicBoolean filingsInHand = new AtomicBoolean(true);
        startContainer(new BatchListenerContainer.Yield(filingsInHand::get, Duration.ofMinutes(1)));

        send(20, -1);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                jdbc.queryForObject("select count(*) from handled", Integer.class) == 0);
        filingsInHand.set(false);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select count(*) from handled", Integer.class)).isEqualTo(20);
            assertThat(queueDepth()).isZero();
        });
    }

    @Test
    void underOtherWorkThatNeverEndsABatchWaitsNoLongerThanTheBound() throws Exception {
        startContainer(new BatchListenerContainer.Yield(() -> true, Duration.ofMillis(500)));
        long from = System.nanoTime();

        send(20, -1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from handled", Integer.class)).isEqualTo(20));
        assertThat(Duration.ofNanos(System.nanoTime() - from)).as("waited for the other work first")
                .isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void messagesAreHandledOnThreadsOfTheYieldsPriority() throws Exception {
        startContainer(new BatchListenerContainer.Yield(() -> false, Duration.ZERO, Thread.MIN_PRIORITY));

        send(5, -1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from handled", Integer.class)).isEqualTo(5));
        assertThat(handlingPriorities).containsOnly(Thread.MIN_PRIORITY);
    }

    @Test
    void withoutAYieldMessagesAreHandledAtNormalPriority() throws Exception {
        startContainer(1, 100);

        send(5, -1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from handled", Integer.class)).isEqualTo(5));
        assertThat(handlingPriorities).containsOnly(Thread.NORM_PRIORITY);
    }

    @Test
    void aContainerThatDoesNotStartWithTheContextSaysSo() {
        container = new BatchListenerContainer(connectionFactory, transactions, QUEUE,
                BatchMessageListener.each(listener()), 1, 100, Duration.ZERO, Clock.systemUTC());
        assertThat(container.isAutoStartup()).isTrue();

        container.setAutoStartup(false);

        assertThat(container.isAutoStartup()).isFalse();
        assertThat(container.isRunning()).isFalse();
    }

    private void startContainer(BatchListenerContainer.Yield yield) {
        container = new BatchListenerContainer(connectionFactory, transactions, QUEUE,
                BatchMessageListener.each(listener()), new BatchListenerContainer.Batches(1, 100, Duration.ZERO),
                yield, Clock.systemUTC());
        container.start();
    }

    private void startContainer(int consumers, int batchSize) {
        startContainer(consumers, batchSize, Duration.ZERO);
    }

    private void startContainer(int consumers, int batchSize, Duration linger) {
        container = new BatchListenerContainer(connectionFactory, transactions, QUEUE,
                BatchMessageListener.each(listener()), consumers, batchSize, linger, Clock.systemUTC());
        container.start();
    }

    /**
     * Records each message once with its delivery count; the message "poison" throws until its delivery count passes
     * the maximum, when it is set aside as a dead letter (as the application's listeners do).
     */
    private SessionAwareMessageListener<Message> listener() {
        return (message, session) -> {
            String id = message.getStringProperty("id");
            handlingPriorities.add(Thread.currentThread().getPriority());
            int delivery = message.getIntProperty("JMSXDeliveryCount");
            if (TransactionSynchronizationManager.isSynchronizationActive()
                    && !TransactionSynchronizationManager.hasResource(commits)) {
                TransactionSynchronizationManager.bindResource(commits, Boolean.TRUE);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(commits);
                        if (status == STATUS_COMMITTED) {
                            commits.incrementAndGet();
                        }
                    }
                });
            }
            if (message.getBooleanProperty("poison")) {
                if (delivery > MAX_DELIVERY_ATTEMPTS) {
                    jdbc.update("insert into dead_lettered (id) values (?)", id);
                    return;
                }
                throw new IllegalStateException("message " + id + " cannot be handled");
            }
            if (jdbc.queryForObject("select count(*) from handled where id = ?", Integer.class, id) == 0) {
                jdbc.update("insert into handled (id, delivery) values (?, ?)", id, delivery);
            }
        };
    }

    private void send(int count, int poison) throws JMSException {
        send(count, poison, "m-");
    }

    private void send(int count, int poison, String prefix) throws JMSException {
        try (Connection connection = new ActiveMQConnectionFactory("vm://72").createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            for (int i = 0; i < count; i++) {
                Message message = session.createTextMessage("{}");
                message.setStringProperty("id", prefix + i);
                message.setBooleanProperty("poison", i == poison);
                producer.send(message);
            }
        }
    }

    private int queueDepth() throws JMSException {
        try (Connection connection = new ActiveMQConnectionFactory("vm://72").createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueBrowser browser = session.createBrowser(session.createQueue(QUEUE));
            connection.start();
            return Collections.list(browser.getEnumeration()).size();
        }
    }
}
