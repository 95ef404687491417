package org.portcullis.casework.messaging;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.jms.listener.SessionAwareMessageListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The order of the two commits, on a real broker and database: when the database commit fails after the listener
 * has done its work (as when the application is killed between the two), the message must come again rather than be
 * acknowledged. The containers are the application's (TransactionalListenerContainers).
 */
class TransactionalListenerContainersTest {

    private static final String QUEUE = "test.filings";

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final BlockingQueue<Integer> deliveries = new LinkedBlockingQueue<>();
    private CachingConnectionFactory connectionFactory;
    private JdbcTemplate jdbc;
    private DefaultMessageListenerContainer container;

    @BeforeEach
    void start() throws Exception {
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://71"));
        broker.start();
        // as Spring Boot gives it to the application (spring.jms.cache): sessions cached, consumers not
        connectionFactory = new CachingConnectionFactory(new ActiveMQConnectionFactory("vm://71"));
        connectionFactory.setSessionCacheSize(10);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:listener-commit-order;DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table handled_message (message_id varchar(64) primary key)");
        container = TransactionalListenerContainers.of(connectionFactory, new DataSourceTransactionManager(dataSource),
                QUEUE, storeThenFailFirstCommit(), "1");
        container.setRecoveryInterval(100);
        container.afterPropertiesSet();
        container.start();
    }

    @AfterEach
    void stop() throws Exception {
        container.shutdown();
        connectionFactory.destroy();
        jdbc.execute("drop table handled_message");
        broker.stop();
    }

    @Test
    void aMessageWhoseDatabaseCommitFailedIsDeliveredAgainNotLost() throws Exception {
        send("m-1");

        assertThat(deliveries.poll(30, TimeUnit.SECONDS)).as("first delivery").isEqualTo(1);
        assertThat(deliveries.poll(30, TimeUnit.SECONDS)).as("delivered again after the failed database commit")
                .isEqualTo(2);
        // the second delivery's commits follow its listener call: wait for both to show
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForList("select message_id from handled_message", String.class))
                    .containsExactly("m-1");
            assertThat(queueDepth()).isZero();
        });
        assertThat(deliveries).isEmpty();
    }

    /** Stores the message id; on a first delivery the database commit then fails, after the listener returned. */
    private SessionAwareMessageListener<Message> storeThenFailFirstCommit() {
        return (message, session) -> {
            try {
                int delivery = message.getIntProperty("JMSXDeliveryCount");
                jdbc.update("insert into handled_message (message_id) values (?)", message.getStringProperty("id"));
                if (delivery == 1) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            throw new IllegalStateException("the database commit fails");
                        }
                    });
                }
                deliveries.add(delivery);
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private void send(String id) throws JMSException {
        try (Connection connection = new ActiveMQConnectionFactory("vm://71").createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message message = session.createTextMessage("{}");
            message.setStringProperty("id", id);
            session.createProducer(session.createQueue(QUEUE)).send(message);
        }
    }

    private int queueDepth() throws JMSException {
        try (Connection connection = new ActiveMQConnectionFactory("vm://71").createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueBrowser browser = session.createBrowser(session.createQueue(QUEUE));
            connection.start();
            return Collections.list(browser.getEnumeration()).size();
        }
    }
}
