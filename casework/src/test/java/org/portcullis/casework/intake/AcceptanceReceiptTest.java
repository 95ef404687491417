package org.portcullis.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.ledger.PublicLog;
import org.portcullis.casework.notice.NoticeReceipts;
import org.portcullis.casework.notice.NoticeRepository;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.verify.LogChecks;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.messaging.schema.SchemaCheck;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The answer that accepts a message carries its receipt: valid under the published notice schema, and checked by
 * the ledger's verifier with the public key and the message as the carrier sent it.
 */
@SpringJUnitConfig(IntakeFixture.class)
class AcceptanceReceiptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaCheck NOTICE_SCHEMA = new SchemaCheck("schema/notice-v1.schema.json");

    @Autowired
    FilingIntake intake;
    @Autowired
    NoticeRepository notices;
    @Autowired
    PublicLog publicLog;
    @Autowired
    TransparencyLog transparencyLog;

    @Test
    void anAcceptedNoticeCarriesAReceiptThatProvesTheMessageAsSent() throws IOException {
        byte[] filing = filing("LRN-RCPT-1");
        String delivered = deliver(receive("m-rcpt-1", filing));

        assertThat(NOTICE_SCHEMA.validate(JSON.readTree(delivered))).isEmpty();
        assertThat(checks().receipt(json(delivered), filing)).isEmpty();
        assertThat(checks().receipt(json(delivered), filing("LRN-RCPT-OTHER")))
                .anyMatch(problem -> problem.contains("the message's SHA-256"));
    }

    @Test
    void aRejectionCarriesNoReceiptAndStillFollowsTheSchema() throws IOException {
        String delivered = deliver(receive("m-rcpt-bad", "{\"header\": 42}".getBytes(StandardCharsets.UTF_8)));

        assertThat(JSON.readTree(delivered).has("receipt")).isFalse();
        assertThat(NOTICE_SCHEMA.validate(JSON.readTree(delivered))).isEmpty();
    }

    private IntakeReceipt receive(String messageId, byte[] body) {
        return intake.receive(new InboundMessage(messageId, "ACME", "application/json", Channel.HTTP, body,
                Instant.parse("2026-11-29T10:00:00Z")), FilingReaders.standard().read("application/json", body));
    }

    private String deliver(IntakeReceipt receipt) {
        return new NoticeReceipts(publicLog).deliver(notices.find(receipt.noticeId()).orElseThrow());
    }

    private LogChecks checks() {
        return new LogChecks(transparencyLog.key().publicKey());
    }

    private static byte[] filing(String lrn) throws IOException {
        ObjectNode filing = (ObjectNode) JSON.readTree(
                Files.readString(Samples.DIRECTORY.resolve("filing-green.json")));
        ((ObjectNode) filing.get("header")).put("lrn", lrn);
        return JSON.writeValueAsBytes(filing);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) JsonText.parse(text);
    }
}
