package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import org.apache.qpid.protonj2.client.Client;
import org.apache.qpid.protonj2.client.Connection;
import org.apache.qpid.protonj2.client.ConnectionOptions;
import org.apache.qpid.protonj2.client.Delivery;
import org.apache.qpid.protonj2.client.Message;
import org.apache.qpid.protonj2.client.Receiver;
import org.apache.qpid.protonj2.client.Sender;
import org.apache.qpid.protonj2.client.Tracker;
import org.apache.qpid.protonj2.client.exceptions.ClientConnectionSecuritySaslException;
import org.apache.qpid.protonj2.client.exceptions.ClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A carrier on AMQP 1.0 with a client that is not JMS (Qpid ProtonJ2): files to {@code portcullis.filings} with
 * application properties, reads its notices from its own queue, and may do nothing else on the broker.
 */
class AmqpCarrierIT extends PortcullisIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void carrierFilesOverAmqpAndReadsItsNotices() throws Exception {
        String lrn = MessageSequence.uniqueLrn("amqp");
        try (Client client = Client.create(); Connection connection = connect(client, "AMQP", "amqp-secret")) {
            send(connection, CarrierClient.sample("filing-green.json", lrn), lrn + "-m1", "AMQP");

            JsonNode accepted = awaitNotice(connection, "AMQP", lrn + "-m1", "ACCEPTED");
            JsonNode complete = awaitNotice(connection, "AMQP", lrn + "-m1", "ASSESSMENT_COMPLETE");

            assertThat(accepted.path("lrn").asText()).isEqualTo(lrn);
            assertThat(complete.path("mrn").asText()).isEqualTo(accepted.path("mrn").asText());
            assertThat(complete.path("lane").asText()).isEqualTo("GREEN");
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void carrierCannotSendAsAnotherCarrier(CapturedOutput output) throws Exception {
        String lrn = MessageSequence.uniqueLrn("spoof");
        try (Client client = Client.create(); Connection connection = connect(client, "AMQP", "amqp-secret")) {
            send(connection, CarrierClient.sample("filing-green.json", lrn), lrn + "-m1", "BETA");

            JsonNode rejected = awaitNotice(connection, "AMQP", lrn + "-m1", "REJECTED");

            assertThat(rejected.path("errors").findValuesAsText("code")).containsExactly("CARRIER_ID_MISMATCH");
            assertThat(rejected.path("lrn").asText()).isEqualTo(lrn);
            assertThat(jdbc.sql("select count(*) from inbound_message where carrier_id = 'BETA' and message_id = ?")
                    .param(lrn + "-m1").query(Integer.class).single()).isZero();
            assertThat(receiveAsOperator("portcullis.filings.DLQ", "messageId = '" + lrn + "-m1'")
                    .getStringProperty("deadLetterReason")).contains("not the signed-in carrier AMQP");
            // the operator's log line names the message by its application properties, never as "null"
            assertThat(output.getOut().lines().filter(line -> line.contains("goes to the dead-letter queue")
                    && line.contains("messageId " + lrn + "-m1, carrierId BETA"))).hasSize(1);
            assertThat(output.getOut()).doesNotContain("Filing message null");
        }
    }

    @Test
    void carrierCanReadOnlyItsOwnQueueAndSendOnlyFilings() throws Exception {
        try (Client client = Client.create(); Connection connection = connect(client, "AMQP", "amqp-secret")) {
            assertThatThrownBy(() -> connection.openReceiver("portcullis.notices.BETA").openFuture()
                    .get(10, TimeUnit.SECONDS)).hasMessageContaining("AMQ229213");
        }
        try (Client client = Client.create(); Connection connection = connect(client, "AMQP", "amqp-secret")) {
            Sender sender = connection.openSender("portcullis.pcs.events");
            assertThatThrownBy(() -> sender.send(Message.create("{}")).awaitSettlement(10, TimeUnit.SECONDS))
                    .isInstanceOf(ClientException.class);
        }
        try (Client client = Client.create()) {
            assertThatThrownBy(() -> connect(client, "AMQP", "wrong").openFuture().get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ClientConnectionSecuritySaslException.class);
        }
    }

    private static Connection connect(Client client, String user, String password) throws ClientException {
        return client.connect("127.0.0.1", AMQP_PORT, new ConnectionOptions().user(user).password(password));
    }

    private static void send(Connection connection, String body, String messageId, String carrierId)
            throws ClientException {
        Sender sender = connection.openSender("portcullis.filings");
        Message<String> message = Message.create(body);
        message.property("messageId", messageId);
        message.property("carrierId", carrierId);
        message.property("contentType", "application/json");
        Tracker tracker = sender.send(message);
        tracker.awaitSettlement(10, TimeUnit.SECONDS);
        assertThat(tracker.remoteState().getType().name()).isEqualTo("ACCEPTED");
    }

    /** Reads the carrier's queue until the notice answering the message id comes (others are settled too). */
    private static JsonNode awaitNotice(Connection connection, String carrierId, String correlationId, String type)
            throws Exception {
        Receiver receiver = connection.openReceiver("portcullis.notices." + carrierId);
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Delivery delivery = receiver.receive(1, TimeUnit.SECONDS);
            if (delivery == null) {
                continue;
            }
            Message<Object> message = delivery.message();
            delivery.accept();
            if (correlationId.equals(message.property("correlationId")) && type.equals(message.property("noticeType"))) {
                receiver.close();
                return JSON.readTree(message.body().toString());
            }
        }
        throw new AssertionError("no " + type + " notice for " + correlationId + " on portcullis.notices." + carrierId);
    }
}
