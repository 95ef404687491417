package org.portcullis.casework.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.SenderSeal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The switch for a node that takes no filings ({@code portcullis.messaging.listener-auto-startup=false}), with the
 * application's messaging wiring on a real embedded broker: with it the listener on {@code portcullis.filings} does
 * not start and a filing sent there waits on the queue for another node, untouched; by default it starts and takes
 * the filing.
 */
class FilingListenerSwitchTest {

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final FilingIntake intake = mock(FilingIntake.class);

    @BeforeEach
    void startBroker() throws Exception {
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://72"));
        broker.start();
    }

    @AfterEach
    void stopBroker() throws Exception {
        broker.stop();
    }

    @Test
    void aNodeThatTakesNoFilingsLeavesTheFilingListenerStoppedAndTheFilingOnTheQueue() throws Exception {
        runner().withPropertyValues("portcullis.messaging.listener-auto-startup=false").run(context -> {
            DefaultMessageListenerContainer listener = context.getBean("filingListenerContainer",
                    DefaultMessageListenerContainer.class);
            assertThat(listener.isAutoStartup()).isFalse();
            assertThat(listener.isRunning()).isFalse();

            sendFiling();
            assertThat(waitingFilings()).as("the filing waits for a node that takes filings").isEqualTo(1);
            assertThat(intakeCalls()).isZero();

            listener.start(); // what the switch held back: the same wiring takes the filing once started
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingFilings() == 0);
        });
    }

    @Test
    void byDefaultTheFilingListenerStartsAndTakesTheFiling() throws Exception {
        runner().run(context -> {
            DefaultMessageListenerContainer listener = context.getBean("filingListenerContainer",
                    DefaultMessageListenerContainer.class);
            assertThat(listener.isAutoStartup()).isTrue();
            assertThat(listener.isRunning()).isTrue();

            sendFiling();
            // taken off the queue (unstamped by a sender stamp, it goes to the dead-letter queue with its reason)
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingFilings() == 0);
        });
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withBean(FilingIntake.class, () -> intake)
                .withUserConfiguration(Infrastructure.class, MessagingConfiguration.class);
    }

    /** The listener's calls of the intake. */
    private int intakeCalls() {
        return mockingDetails(intake).getInvocations().size();
    }

    private static void sendFiling() throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory("vm://72").createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(
                        session.createQueue(FilingMessageProperties.FILINGS_ADDRESS))) {
            producer.send(session.createTextMessage("{}"));
        }
    }

    private static int waitingFilings() throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory("vm://72").createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = session.createBrowser(
                        session.createQueue(FilingMessageProperties.FILINGS_ADDRESS))) {
            connection.start();
            return Collections.list(browser.getEnumeration()).size();
        }
    }

    /** What the application gives the messaging wiring: the broker, a database, a clock, the sender seal. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MessagingProperties.class)
    static class Infrastructure {

        @Bean
        ConnectionFactory connectionFactory() {
            return new ActiveMQConnectionFactory("vm://72");
        }

        @Bean
        PlatformTransactionManager transactionManager() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:filing-listener-switch;DB_CLOSE_DELAY=-1");
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        SenderSeal senderSeal() {
            return SenderSeal.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
        }
    }
}
