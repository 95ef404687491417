package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.ReactorNettyTcpStompClient;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;

/**
 * A carrier on STOMP with a client that is not JMS (Spring's STOMP client over TCP): files with headers, reads its
 * notices with a selector, and is refused when it names another carrier (the message is kept on the DLQ).
 */
class StompCarrierIT extends PortcullisIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReactorNettyTcpStompClient client;
    private StompSession session;

    @BeforeEach
    void connect() throws Exception {
        client = new ReactorNettyTcpStompClient("127.0.0.1", STOMP_PORT);
        client.setMessageConverter(new StringMessageConverter());
        StompHeaders login = new StompHeaders();
        login.setLogin("STOMP");
        login.setPasscode("stomp-secret");
        session = client.connectAsync(login, new StompSessionHandlerAdapter() { }).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void disconnect() {
        session.disconnect();
        client.shutdown();
    }

    @Test
    void carrierFilesOverStompAndReadsItsNotices() throws Exception {
        String lrn = MessageSequence.uniqueLrn("stomp");
        BlockingQueue<JsonNode> notices = subscribe(lrn + "-m1");

        send(CarrierClient.sample("filing-arms.json", lrn), lrn + "-m1", "STOMP");

        JsonNode accepted = notices.poll(20, TimeUnit.SECONDS);
        assertThat(accepted).isNotNull();
        assertThat(accepted.path("type").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("lrn").asText()).isEqualTo(lrn);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void carrierNamingAnotherCarrierIsRefusedAndTheMessageKept(CapturedOutput output) throws Exception {
        String lrn = MessageSequence.uniqueLrn("stompspoof");
        BlockingQueue<JsonNode> notices = subscribe(lrn + "-m1");

        send(CarrierClient.sample("filing-green.json", lrn), lrn + "-m1", "ACME");

        JsonNode rejected = notices.poll(20, TimeUnit.SECONDS);
        assertThat(rejected).isNotNull();
        assertThat(rejected.path("errors").findValuesAsText("code")).containsExactly("CARRIER_ID_MISMATCH");
        assertThat(rejected.path("lrn").asText()).isEqualTo(lrn);
        var dead = receiveAsOperator("portcullis.filings.DLQ", "messageId = '" + lrn + "-m1'");
        assertThat(dead.getStringProperty("deadLetterReason")).contains("not the signed-in carrier STOMP");
        assertThat(dead.getStringProperty("propertiesNotCopied")).contains("content-length");
        // the operator's log line names the message by the properties a STOMP client sets, never as "null"
        assertThat(output.getOut().lines().filter(line -> line.contains("goes to the dead-letter queue")
                && line.contains("messageId " + lrn + "-m1, carrierId ACME"))).hasSize(1);
        assertThat(output.getOut()).doesNotContain("Filing message null");
    }

    private BlockingQueue<JsonNode> subscribe(String correlationId) throws InterruptedException {
        BlockingQueue<JsonNode> notices = new LinkedBlockingQueue<>();
        StompHeaders subscription = new StompHeaders();
        subscription.setDestination("portcullis.notices.STOMP");
        subscription.set("selector", "correlationId = '" + correlationId + "'");
        session.subscribe(subscription, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return String.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                try {
                    notices.add(JSON.readTree((String) payload));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        Thread.sleep(200);
        return notices;
    }

    private void send(String body, String messageId, String carrierId) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination("portcullis.filings");
        headers.set("messageId", messageId);
        headers.set("carrierId", carrierId);
        headers.set("contentType", "application/json");
        session.send(headers, body);
    }
}
