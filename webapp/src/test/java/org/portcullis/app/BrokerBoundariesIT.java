package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.messaging.jms.FilingMessageListener;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/** What the broker lets carriers do, and what happens to messages that are too large or cannot be handled. */
class BrokerBoundariesIT extends PortcullisIntegrationTest {

    @Autowired
    ConnectionFactory applicationConnectionFactory;

    @Test
    void messageLargerThanTheLimitIsRefusedWithANoticeAndKeptOnTheDeadLetterQueue() throws Exception {
        String messageId = MessageSequence.uniqueLrn("large");
        String body = "{\"padding\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        try (CarrierClient carrier = carrier("ACME")) {
            carrier.send(body, messageId);

            var rejected = carrier.awaitNotice("REJECTED", messageId);

            assertThat(rejected.body().path("errors").findValuesAsText("code")).containsExactly("MESSAGE_TOO_LARGE");
            long[] deadBodyLength = {-1};
            String reason = new JmsTemplate(applicationConnectionFactory).execute(session -> {
                try (var consumer = session.createConsumer(session.createQueue("portcullis.filings.DLQ"),
                        "messageId = '" + messageId + "'")) {
                    Message dead = consumer.receive(20_000);
                    deadBodyLength[0] = dead.getBody(byte[].class).length;
                    return dead.getStringProperty("deadLetterReason");
                }
            }, true);
            assertThat(reason).contains("more than the 10485760 accepted");
            assertThat(deadBodyLength[0]).isEqualTo(body.length());
        }
    }

    @Test
    void messageFarBeyondTheLimitIsRefusedByTheBrokerAndNeverStored() throws Exception {
        String messageId = MessageSequence.uniqueLrn("huge");
        byte[] body = new byte[22 * 1024 * 1024];
        try (CarrierClient carrier = carrier("ACME")) {
            assertThatThrownBy(() -> carrier.sendBytes(body, carrier.properties(messageId)))
                    .isInstanceOf(jakarta.jms.JMSException.class).hasMessageContaining("more than the");
        }
        assertThat(jdbc.sql("select count(*) from inbound_message where message_id = ?").param(messageId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void operatorMayBrowseTheDeadLetterQueuesAndNothingElse() throws Exception {
        var operator = new ActiveMQConnectionFactory(BROKER_URL);
        try (var connection = operator.createConnection("OPERATOR", "operator-secret")) {
            var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createBrowser(session.createQueue("portcullis.filings.DLQ")).getEnumeration();
            assertThatThrownBy(() -> session.createConsumer(session.createQueue("portcullis.notices.ACME")))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> session.createProducer(session.createQueue("portcullis.filings"))
                    .send(session.createTextMessage("{}"))).isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void carrierCannotReadAnotherCarriersNoticesOrTheDeadLetterQueue() throws Exception {
        try (CarrierClient carrier = carrier("ACME")) {
            assertThatThrownBy(() -> carrier.receive("portcullis.notices.BETA", null))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> carrier.receive("portcullis.filings.DLQ", null))
                    .isInstanceOf(JMSSecurityException.class);
        }
        assertThatThrownBy(() -> new CarrierClient(BROKER_URL, "ACME", "wrong").close())
                .hasCauseInstanceOf(JMSSecurityException.class).hasMessageContaining("AMQ229031");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.portcullis.model.intake.SenderSeal senderSeal;

    @Test
    void messageThatFailsEveryAttemptGoesToTheDeadLetterQueueWithTheFailure() throws Exception {
        FilingIntake failing = new FilingIntake() {
            @Override
            public IntakeReceipt receive(InboundMessage message, FilingReadResult read) {
                throw new IllegalStateException("database unavailable");
            }

            @Override
            public IntakeReceipt refuse(InboundMessage message, String lrn, ValidationError reason) {
                throw new IllegalStateException("database unavailable");
            }
        };
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(applicationConnectionFactory);
        container.setDestinationName("test.poison");
        container.setSessionTransacted(true);
        container.setMessageListener(new FilingMessageListener(failing, FilingReaders.standard(), Clock.systemUTC(),
                new FilingMessageListener.ListenerLimits(3, 1024 * 1024, Set.of("portcullis"), senderSeal)));
        container.afterPropertiesSet();
        container.start();
        try {
            String messageId = MessageSequence.uniqueLrn("poison");
            new JmsTemplate(applicationConnectionFactory).send("test.poison", session -> {
                var message = session.createTextMessage("{}");
                for (var property : Map.of("messageId", messageId, "carrierId", "ACME").entrySet()) {
                    message.setStringProperty(property.getKey(), property.getValue());
                }
                return message;
            });

            Message dead = receiveAsOperator("portcullis.filings.DLQ", "messageId = '" + messageId + "'");

            assertThat(dead).isNotNull();
            // the failure by its class only: an exception's message may quote the filing (docs/operations.md)
            assertThat(dead.getStringProperty("deadLetterReason")).contains("after 3 delivery attempts")
                    .contains("last failure: IllegalStateException").doesNotContain("database unavailable");
        } finally {
            container.shutdown();
        }
    }
}
