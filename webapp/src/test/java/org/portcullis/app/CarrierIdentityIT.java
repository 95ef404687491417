package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.qpid.protonj2.client.Client;
import org.apache.qpid.protonj2.client.Connection;
import org.apache.qpid.protonj2.client.ConnectionOptions;
import org.apache.qpid.protonj2.client.Message;
import org.apache.qpid.protonj2.client.Tracker;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.ReactorNettyTcpStompClient;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;

/**
 * A carrier files only as itself, whatever it writes into the message and whichever address form and protocol it
 * uses: the broker's sender stamp, not a client's property, says who sent a message. Tried as a second carrier
 * would: sending to the fully qualified queue name {@code portcullis.filings::portcullis.filings} with another
 * carrier's id in {@code carrierId} and a forged {@code portcullisSender} and seal, over CORE, AMQP and STOMP.
 */
class CarrierIdentityIT extends PortcullisIntegrationTest {

    private static final String FULLY_QUALIFIED = "portcullis.filings::portcullis.filings";

    @Test
    void forgedSenderOverCoreToTheFullyQualifiedQueueIsRefusedAsTheRealSender() throws Exception {
        String messageId = MessageSequence.uniqueLrn("core-fqqn");
        try (CarrierClient intruder = carrier("HOSTILE")) {
            Map<String, String> properties = forged(intruder.properties(messageId), "ACME");
            intruder.sendTo(FULLY_QUALIFIED, CarrierClient.sample("filing-green.json", messageId), properties);

            CarrierClient.Notice rejected = intruder.awaitNotice("REJECTED", messageId);
            assertThat(rejected.body().path("errors").findValuesAsText("code")).containsExactly("CARRIER_ID_MISMATCH");
            assertThat(rejected.body().path("lrn").asText()).isEqualTo(messageId);
        }
        assertNothingFiledAs("ACME", messageId, "HOSTILE");
    }

    @Test
    void forgedSenderOverAmqpToTheFullyQualifiedQueueIsRefusedAsTheRealSender() throws Exception {
        String messageId = MessageSequence.uniqueLrn("amqp-fqqn");
        try (Client client = Client.create(); Connection connection = client.connect("127.0.0.1", AMQP_PORT,
                new ConnectionOptions().user("AMQP").password(password("AMQP")))) {
            Message<String> message = Message.create(CarrierClient.sample("filing-green.json", messageId));
            for (var property : forged(Map.of("messageId", messageId, "contentType", "application/json"), "BETA")
                    .entrySet()) {
                message.property(property.getKey(), property.getValue());
            }
            Tracker tracker = connection.openSender(FULLY_QUALIFIED).send(message);
            tracker.awaitSettlement(10, TimeUnit.SECONDS);
        }
        awaitRejection("AMQP", messageId);
        assertNothingFiledAs("BETA", messageId, "AMQP");
    }

    @Test
    void forgedSenderOverStompToTheFullyQualifiedQueueIsRefusedAsTheRealSender() throws Exception {
        String messageId = MessageSequence.uniqueLrn("stomp-fqqn");
        ReactorNettyTcpStompClient client = new ReactorNettyTcpStompClient("127.0.0.1", STOMP_PORT);
        client.setMessageConverter(new StringMessageConverter());
        StompHeaders login = new StompHeaders();
        login.setLogin("STOMP");
        login.setPasscode(password("STOMP"));
        StompSession session = client.connectAsync(login, new StompSessionHandlerAdapter() { })
                .get(10, TimeUnit.SECONDS);
        try {
            StompHeaders headers = new StompHeaders();
            // Spring writes each ':' of the destination as STOMP 1.2's \c escape on the wire.
            headers.setDestination(FULLY_QUALIFIED);
            forged(Map.of("messageId", messageId, "contentType", "application/json"), "ACME").forEach(headers::set);
            session.send(headers, CarrierClient.sample("filing-green.json", messageId));

            awaitRejection("STOMP", messageId);
        } finally {
            session.disconnect();
            client.shutdown();
        }
        assertNothingFiledAs("ACME", messageId, "STOMP");
    }

    @Test
    void aMessageWhoseSealDoesNotVerifyIsKeptOnTheDeadLetterQueueAndAnsweredToNobody() {
        String messageId = MessageSequence.uniqueLrn("unsealed");
        sendAsOperator("portcullis.filings", CarrierClient.sample("filing-green.json", messageId),
                forged(Map.of("messageId", messageId, "contentType", "application/json"), "ACME"));

        jakarta.jms.Message dead = receiveAsOperator("portcullis.filings.DLQ", "messageId = '" + messageId + "'");

        assertThat(dead).isNotNull();
        assertThat(reason(dead)).contains("no sender stamp of the broker that verifies");
        assertThat(jdbc.sql("select count(*) from notice where correlation_id = ?").param(messageId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void twoCarriersMayUseTheSameDuplicateDetectionIdWithoutLosingAMessage() throws Exception {
        String sharedId = MessageSequence.uniqueLrn("dupl");
        String first = sharedId + "-acme";
        String second = sharedId + "-beta";
        try (CarrierClient victim = carrier("ACME"); CarrierClient other = carrier("BETA")) {
            Map<String, String> pre = other.properties(second);
            pre.put("_AMQ_DUPL_ID", sharedId);
            other.send(CarrierClient.sample("filing-green.json", second), pre);
            Map<String, String> own = victim.properties(first);
            own.put("_AMQ_DUPL_ID", sharedId);
            victim.send(CarrierClient.sample("filing-green.json", first), own);

            assertThat(other.awaitNotice("ACCEPTED", second)).isNotNull();
            assertThat(victim.awaitNotice("ACCEPTED", first)).isNotNull();
        }
    }

    /** Another carrier's id, and a sender stamp and seal written by the client itself. */
    private static Map<String, String> forged(Map<String, String> properties, String victim) {
        Map<String, String> forged = new java.util.HashMap<>(properties);
        forged.put("carrierId", victim);
        forged.put("portcullisSender", victim);
        forged.put("portcullisSenderSeal", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        return forged;
    }

    private void assertNothingFiledAs(String victim, String messageId, String intruder) throws Exception {
        assertThat(jdbc.sql("select count(*) from inbound_message where carrier_id = ? and message_id = ?")
                .params(victim, messageId).query(Integer.class).single()).isZero();
        jakarta.jms.Message dead = receiveAsOperator("portcullis.filings.DLQ", "messageId = '" + messageId + "'");
        assertThat(reason(dead)).contains("not the signed-in carrier " + intruder);
    }

    private static String reason(jakarta.jms.Message dead) {
        try {
            return dead.getStringProperty("deadLetterReason");
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the REJECTED the carrier gets for the message, and checks it names the carrier id mismatch. */
    private void awaitRejection(String carrierId, String messageId) {
        String body = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select body from notice where carrier_id = ? and correlation_id = ? "
                        + "and notice_type = 'REJECTED'").params(carrierId, messageId).query(String.class)
                        .optional().orElse(null), java.util.Objects::nonNull);
        assertThat(body).contains("CARRIER_ID_MISMATCH");
    }
}
