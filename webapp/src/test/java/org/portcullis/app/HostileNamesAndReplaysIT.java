package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.portcullis.app.HostileInputIT.errorWithCode;
import static org.portcullis.app.HostileInputIT.unique;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rest of the hostile-input corpus (docs/reliability.md): markup and SQL in names, and replayed message ids (and
 * how a replay differs from the broker delivering a handled message again after a crash).
 */
class HostileNamesAndReplaysIT extends PortcullisIntegrationTest {

    private static final FilingReaders READERS = FilingReaders.standard();
    private static final String SCRIPT = "<script>alert('portcullis')</script>";
    private static final String SQL = "Robert'); DROP TABLE clearance_case;--";
    private static final String IMAGE = "<img src=x onerror=alert(1)> Rifles";

    @Autowired
    FilingIntake intake;

    @Test
    void scriptAndSqlInNamesAreStoredAsSentAndShownEscaped() throws Exception {
        try (CarrierClient carrier = carrier("HOSTILE")) {
            String messageId = unique("markup");
            String filing = CarrierClient.sample("filing-arms.json", messageId)
                    .replaceFirst("\"name\":\"[^\"]*\"", Matcher.quoteReplacement("\"name\":\"" + SCRIPT + "\""))
                    .replaceFirst("(\"consignee\":\\{\"name\":\")[^\"]*\"", "$1" + Matcher.quoteReplacement(SQL) + "\"")
                    .replaceFirst("(\"description\":\")[^\"]*\"", "$1" + Matcher.quoteReplacement(IMAGE) + "\"");
            carrier.send(filing, messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            await().atMost(Duration.ofSeconds(15)).until(() -> "REFERRED".equals(caseStatus(mrn)));

            OfficerSession clerk = OfficerSession.signIn(port, "clerk", "clerk");
            String casePage = clerk.get("/cases/" + mrn).body();
            String inbox = clerk.get("/tasks").body();

            assertThat(casePage).contains("&lt;script&gt;alert(&#39;portcullis&#39;)&lt;/script&gt;")
                    .contains("Robert&#39;); DROP TABLE clearance_case;--")
                    .contains("&lt;img src=x onerror=alert(1)&gt; Rifles")
                    .doesNotContain(SCRIPT).doesNotContain("<img src=x");
            assertThat(inbox).contains("&lt;script&gt;").doesNotContain(SCRIPT);
            assertThat(jdbc.sql("select vessel_name from clearance_case where mrn = ?").param(mrn).query(String.class)
                    .single()).isEqualTo(SCRIPT);
            assertThat(jdbc.sql("select count(*) from clearance_case").query(Integer.class).single()).isPositive();
        }
    }

    @Test
    void replayedMessageIdWithAnotherBodyGetsTheFirstAnswerAndNothingOfTheReplayIsStored() throws Exception {
        try (CarrierClient carrier = carrier("HOSTILE")) {
            String messageId = unique("replay");
            String first = CarrierClient.sample("filing-green.json", messageId);
            carrier.send(first, messageId);
            var accepted = carrier.awaitNotice("ACCEPTED", messageId);

            carrier.send(CarrierClient.sample("filing-arms.json", messageId + "-other"), messageId);
            var repeated = carrier.awaitNotice("ACCEPTED", messageId);

            assertThat(repeated.mrn()).isEqualTo(accepted.mrn());
            assertThat(repeated.body().path("repeatsNoticeId").asText())
                    .isEqualTo(accepted.body().path("noticeId").asText());
            assertThat(jdbc.sql("select count(*) from clearance_case where lrn in (?, ?)")
                    .params(messageId, messageId + "-other").query(Integer.class).single()).isEqualTo(1);
            assertThat(new String(jdbc.sql("select d.content from inbound_message m join stored_document d "
                    + "on d.sha256 = m.body_sha256 where m.carrier_id = 'HOSTILE' and m.message_id = ?").param(messageId).query(byte[].class).single())).isEqualTo(first);
        }
    }

    @Test
    void replayedRejectedMessageGetsTheSameErrorsAgain() throws Exception {
        try (CarrierClient carrier = carrier("HOSTILE")) {
            String messageId = unique("replay-rejected");
            carrier.send("{\"header\": ", messageId);
            var first = carrier.awaitNotice("REJECTED", messageId);

            carrier.send("{\"header\": ", messageId);
            var repeated = carrier.awaitNotice("REJECTED", messageId);

            assertThat(repeated.body().path("errors")).isEqualTo(first.body().path("errors"));
            assertThat(errorWithCode(repeated.body(), "MALFORMED_MESSAGE")).isNotNull();
            assertThat(jdbc.sql("select count(*) from inbound_message where carrier_id = 'HOSTILE' and message_id = ?")
                    .param(messageId).query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aMessageTheBrokerDeliversAgainAfterItWasHandledGetsNoSecondAnswerWhileACarriersResendDoes() {
        String messageId = unique("redelivered");
        byte[] body = CarrierClient.sample("filing-green.json", messageId).getBytes(StandardCharsets.UTF_8);

        IntakeReceipt first = intake.receive(delivery(messageId, body, "ID:delivery-1"), READERS.read("application/json", body));
        // the application stopped after its database commit, before it acknowledged: the broker delivers it again
        IntakeReceipt redelivered = intake.receive(delivery(messageId, body, "ID:delivery-1"), READERS.read("application/json", body));
        // the carrier sends the same messageId again: a new message for the broker
        IntakeReceipt resent = intake.receive(delivery(messageId, body, "ID:delivery-2"), READERS.read("application/json", body));

        assertThat(first.duplicate()).isFalse();
        assertThat(redelivered.duplicate()).isTrue();
        assertThat(redelivered.noticeId()).isEqualTo(first.noticeId());
        assertThat(resent.duplicate()).isTrue();
        assertThat(resent.mrn()).isEqualTo(first.mrn());
        assertThat(jdbc.sql("select notice_id from notice where carrier_id = 'HOSTILE' and correlation_id = ? "
                + "and notice_type = 'ACCEPTED' order by seq").param(messageId).query(String.class).list())
                .containsExactly(first.noticeId(), resent.noticeId());
        assertThat(jdbc.sql("select count(*) from inbound_message where carrier_id = 'HOSTILE' and message_id = ?")
                .param(messageId).query(Integer.class).single()).isEqualTo(1);
    }

    private static InboundMessage delivery(String messageId, byte[] body, String deliveryId) {
        return new InboundMessage(messageId, "HOSTILE", "application/json", Channel.QUEUE, body, Instant.now(),
                deliveryId);
    }

    @Test
    void sameMessageIdFromAnotherCarrierIsAnotherMessage() throws Exception {
        try (CarrierClient one = carrier("HOSTILE"); CarrierClient other = carrier("HOSTILE-2")) {
            String messageId = unique("shared-id");
            one.send(CarrierClient.sample("filing-green.json", messageId), messageId);
            other.send(CarrierClient.sample("filing-green.json", messageId), messageId);

            var first = one.awaitNotice("ACCEPTED", messageId);
            var second = other.awaitNotice("ACCEPTED", messageId);

            assertThat(first.mrn()).isNotEqualTo(second.mrn());
            assertThat(first.body().has("repeatsNoticeId")).isFalse();
            assertThat(second.body().has("repeatsNoticeId")).isFalse();
        }
    }
}
