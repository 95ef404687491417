package org.portcullis.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.ledger.LedgerSequencer;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.intake.CarrierMessage;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;
import org.portcullis.model.notice.NoticeType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The intake on its own (FilingRegistration with OriginalFilings and FilingChanges over a real, migrated database;
 * the workflow a recording stand-in): what a carrier's message leaves behind in the store and asks of the workflow.
 */
@SpringJUnitConfig(IntakeFixture.class)
class FilingRegistrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FilingReaders READERS = FilingReaders.standard();

    @Autowired
    FilingIntake intake;
    @Autowired
    IntakeFixture.RecordingCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LedgerSequencer sequencer;
    @Autowired
    CaseFileRepository caseFiles;

    private static int sequence;

    @BeforeEach
    void openCases() {
        cases.closed = false;
        cases.calls.clear();
    }

    @Test
    void anOriginalIsRegisteredUnderANewMrnAndItsCaseOpened() throws IOException {
        IntakeReceipt receipt = receive(message("ORIGINAL", "LRN-A-" + ++sequence, "2026-11-29T06:00:00Z"));

        assertThat(receipt.type()).isEqualTo(NoticeType.ACCEPTED);
        assertThat(receipt.mrn().value()).startsWith("26NL");
        assertThat(cases.calls).containsExactly("open " + receipt.mrn().value());
        assertThat(disposition(receipt)).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select current_version from clearance_case where mrn = ?").param(receipt.mrn().value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnreadableMessageIsRejectedWithItsErrorsAndOpensNoCase() {
        byte[] body = "{\"header\": 42}".getBytes(StandardCharsets.UTF_8);
        IntakeReceipt receipt = intake.receive(inbound("m-bad-" + ++sequence, body), READERS.read(null, body));

        assertThat(receipt.type()).isEqualTo(NoticeType.REJECTED);
        assertThat(receipt.mrn()).isNull();
        assertThat(cases.calls).isEmpty();
        assertThat(noticeBody(receipt)).contains("\"pointer\":\"/header\"");
    }

    @Test
    void theSameMessageIdAgainGetsTheFirstAnswerAndNoSecondCase() throws IOException {
        byte[] body = message("ORIGINAL", "LRN-R-" + ++sequence, "2026-11-29T06:00:00Z");
        String messageId = "m-repeat-" + sequence;
        IntakeReceipt first = intake.receive(inbound(messageId, body), READERS.read(null, body));
        IntakeReceipt again = intake.receive(inbound(messageId, body), READERS.read(null, body));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.mrn()).isEqualTo(first.mrn());
        assertThat(cases.calls).containsExactly("open " + first.mrn().value());
    }

    @Test
    void aMessageIsLoggedOnceEvenWhenItComesAgainAndEachNoticeAnsweringItOnce() throws IOException {
        byte[] body = message("ORIGINAL", "LRN-L-" + ++sequence, "2026-11-29T06:00:00Z");
        String messageId = "m-logged-" + sequence;

        IntakeReceipt first = intake.receive(inbound(messageId, body), READERS.read(null, body));
        IntakeReceipt again = intake.receive(inbound(messageId, body), READERS.read(null, body));
        sequencer.sequence();

        assertThat(kindsOf(LedgerEntries.messageRef("ACME", messageId), LedgerEntries.noticeRef(first.noticeId()),
                LedgerEntries.noticeRef(again.noticeId())))
                .containsExactly("MESSAGE_RECEIVED", "NOTICE_ISSUED", "NOTICE_ISSUED");
        assertThat(leafData(LedgerEntries.noticeRef(again.noticeId()))).contains("\"type\":\"ACCEPTED\"");
        String messageLeaf = leafData(LedgerEntries.messageRef("ACME", messageId));
        assertThat(messageLeaf).contains("\"kind\":\"MESSAGE_RECEIVED\"", "\"messageId\":\"" + messageId + "\"",
                "\"sha256\":\"" + LedgerEntries.sha256(body) + "\"");
        assertThat(leafData(LedgerEntries.noticeRef(first.noticeId()))).contains("\"kind\":\"NOTICE_ISSUED\"",
                "\"type\":\"ACCEPTED\"", "\"mrn\":\"" + first.mrn().value() + "\"");
    }

    @Test
    void anAmendmentSentLaterAddsAVersionAndAmendsTheCase() throws IOException {
        String lrn = "LRN-AM-" + ++sequence;
        IntakeReceipt original = receive(message("ORIGINAL", lrn, "2026-11-29T06:00:00Z"));
        IntakeReceipt amendment = receive(message("AMENDMENT", lrn, "2026-11-29T09:00:00Z"));

        assertThat(amendment.type()).isEqualTo(NoticeType.AMENDMENT_ACCEPTED);
        assertThat(amendment.mrn()).isEqualTo(original.mrn());
        assertThat(cases.calls).containsExactly("open " + original.mrn().value(), "amend " + original.mrn().value());
        assertThat(jdbc.sql("select current_version from clearance_case where mrn = ?")
                .param(original.mrn().value()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anAmendmentSentBeforeTheLastAppliedMessageIsRejectedOutOfOrder() throws IOException {
        String lrn = "LRN-OO-" + ++sequence;
        receive(message("ORIGINAL", lrn, "2026-11-29T06:00:00Z"));
        IntakeReceipt late = receive(message("AMENDMENT", lrn, "2026-11-29T05:00:00Z"));

        assertThat(late.type()).isEqualTo(NoticeType.REJECTED);
        assertThat(noticeBody(late)).contains("OUT_OF_ORDER", "/header/sentAt");
        assertThat(cases.calls).hasSize(1);
    }

    @Test
    void anAmendmentOfACaseWhoseGoodsWereReleasedIsRejectedWhileAnotherAgencyStillClearsThePortCall()
            throws IOException {
        String lrn = "LRN-RL-" + ++sequence;
        IntakeReceipt original = receive(message("ORIGINAL", lrn, "2026-11-29T06:00:00Z"));
        jdbc.sql("update clearance_case set status = 'RELEASED' where mrn = ?").param(original.mrn().value()).update();

        IntakeReceipt refused = receive(message("AMENDMENT", lrn, "2026-11-29T09:00:00Z"));

        assertThat(refused.type()).isEqualTo(NoticeType.REJECTED);
        assertThat(noticeBody(refused)).contains("CASE_CLOSED");
        assertThat(cases.calls).hasSize(1);
    }

    @Test
    void anAmendmentOfADecidedCaseIsRejectedAndLeavesNoNewVersion() throws IOException {
        String lrn = "LRN-CC-" + ++sequence;
        IntakeReceipt original = receive(message("ORIGINAL", lrn, "2026-11-29T06:00:00Z"));
        cases.closed = true;

        IntakeReceipt refused = receive(message("AMENDMENT", lrn, "2026-11-29T09:00:00Z"));

        assertThat(refused.type()).isEqualTo(NoticeType.REJECTED);
        assertThat(noticeBody(refused)).contains("CASE_CLOSED");
        assertThat(jdbc.sql("select count(*) from filing_version where mrn = ?").param(original.mrn().value())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(disposition(refused)).isEqualTo("REJECTED");
    }

    @Test
    void aCancellationEndsTheLrnAndCancelsTheCase() throws IOException {
        String lrn = "LRN-CX-" + ++sequence;
        IntakeReceipt original = receive(message("ORIGINAL", lrn, "2026-11-29T06:00:00Z"));
        byte[] cancellation = ("{\"header\": {\"lrn\": \"" + lrn + "\", \"function\": \"CANCELLATION\", "
                + "\"sentAt\": \"2026-11-29T10:00:00Z\"}, \"cancellation\": {\"reason\": \"rolled over\"}}")
                .getBytes(StandardCharsets.UTF_8);

        IntakeReceipt cancelled = intake.receive(inbound("m-cx-" + sequence, cancellation),
                READERS.read("application/json", cancellation));

        assertThat(cancelled.type()).isEqualTo(NoticeType.CANCELLATION_ACCEPTED);
        assertThat(cases.calls).containsExactly("open " + original.mrn().value(), "cancel " + original.mrn().value());
        assertThat(jdbc.sql("select status from filed_lrn where lrn = ?").param(lrn).query(String.class).single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aJsonOriginalIsStoredOnceByTheHashTheLogRecordsAndReadsBackAsTheFilingItHolds() throws IOException {
        byte[] body = message("ORIGINAL", "LRN-S-" + ++sequence, "2026-11-29T06:00:00Z");
        IntakeReceipt receipt = receive(body);
        String mrn = receipt.mrn().value();
        String messageId = "m-" + sequence;
        String sha256 = LedgerEntries.sha256(body);

        assertThat(jdbc.sql("select body_sha256 from inbound_message where mrn = ?").param(mrn).query(String.class)
                .single()).isEqualTo(sha256);
        assertThat(jdbc.sql("select document_sha256 from filed_lrn where mrn = ?").param(mrn).query(String.class)
                .single()).isEqualTo(sha256);
        assertThat(jdbc.sql("select document_sha256 from filing_version where mrn = ?").param(mrn)
                .query(String.class).single()).isEqualTo(sha256);
        assertThat(jdbc.sql("select content from stored_document where sha256 = ?").param(sha256)
                .query(byte[].class).single()).isEqualTo(body);
        sequencer.sequence();
        assertThat(leafData(LedgerEntries.messageRef("ACME", messageId))).contains(sha256);
        CarrierMessage.Submission sent = (CarrierMessage.Submission) ((FilingReadResult.Valid) READERS
                .read("application/json", body)).message();
        assertThat(caseFiles.currentFiling(receipt.mrn())).isEqualTo(sent.filing().withTransport(messageId, "ACME"));
    }

    private IntakeReceipt receive(byte[] body) {
        return intake.receive(inbound("m-" + ++sequence, body), READERS.read("application/json", body));
    }

    private static InboundMessage inbound(String messageId, byte[] body) {
        return new InboundMessage(messageId, "ACME", "application/json", Channel.QUEUE, body,
                Instant.parse("2026-11-29T10:00:00Z"));
    }

    /** The green sample as an original or amendment of the LRN, sent at the time given. */
    private static byte[] message(String function, String lrn, String sentAt) throws IOException {
        ObjectNode filing = (ObjectNode) JSON.readTree(Files.readString(Samples.DIRECTORY.resolve("filing-green.json")));
        ObjectNode header = (ObjectNode) filing.get("header");
        header.put("lrn", lrn).put("function", function).put("sentAt", sentAt);
        return JSON.writeValueAsBytes(filing);
    }

    private String disposition(IntakeReceipt receipt) {
        return jdbc.sql("select disposition from inbound_message where message_id = (select correlation_id from notice"
                + " where notice_id = ?)").param(receipt.noticeId()).query(String.class).single();
    }

    /** The kinds of the leaves logged under these references, in log order (other tests' leaves left out). */
    private List<String> kindsOf(String... refs) {
        return jdbc.sql("select kind from ledger_leaf where ref in (?, ?, ?) order by leaf_index").params(
                (Object[]) refs).query(String.class).list();
    }

    private String leafData(String ref) {
        return jdbc.sql("select leaf_data from ledger_leaf where ref = ?").param(ref).query(String.class).single();
    }

    private String noticeBody(IntakeReceipt receipt) {
        return jdbc.sql("select body from notice where notice_id = ?").param(receipt.noticeId()).query(String.class)
                .single();
    }
}
