package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.deadletter.DeadLetter;
import org.portcullis.casework.deadletter.DeadLetterDiscard;
import org.portcullis.casework.deadletter.DeadLetterNotReplayableException;
import org.portcullis.casework.deadletter.DeadLetterQueue;
import org.portcullis.casework.deadletter.DeadLetterReplay;
import org.portcullis.app.web.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A dead letter that one carrier's broker user sent under another carrier's id is never replayed: sent again by the
 * application it would pass as the other carrier's filing. It stays on the dead-letter queue, nothing is recorded.
 */
class DeadLetterReplayIT extends PortcullisIntegrationTest {

    @Autowired
    DeadLetterQueue deadLetters;
    @Autowired
    DeadLetterReplay replay;
    @Autowired
    DeadLetterDiscard discard;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLetterSentUnderAnotherCarriersIdIsNotReplayed() {
        String messageId = "spoofed-" + UUID.randomUUID().toString().substring(0, 8);
        sendAsOperator("portcullis.filings.DLQ", "{}", Map.of("messageId", messageId, "carrierId", "VICTIM",
                "portcullisSender", "INTRUDER", "deadLetterReason", "carrierId VICTIM is not the signed-in carrier INTRUDER"));
        String id = await().atMost(Duration.ofSeconds(5)).until(() -> deadLetterId(messageId), v -> v != null);
        SecurityContextHolder.getContext().setAuthentication(
                Officers.authentication("supervisor", List.of("SUPERVISOR"), List.of("supervisors")));

        assertThatThrownBy(() -> replay.replay(id, "supervisor")).isInstanceOf(DeadLetterNotReplayableException.class);

        assertThat(deadLetterId(messageId)).isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from dead_letter_replay where message_id = ?").param(messageId)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from inbound_message where message_id = ?").param(messageId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aLetterWithoutACarrierSaysSoUpFrontAndIsDiscardedOnlyWithTheReasonRecorded() {
        String messageId = "orphan-" + UUID.randomUUID().toString().substring(0, 8);
        sendAsOperator("portcullis.filings.DLQ", "{}", Map.of("messageId", messageId,
                "deadLetterReason", "the carrierId property is missing"));
        String id = await().atMost(Duration.ofSeconds(5)).until(() -> deadLetterId(messageId), v -> v != null);
        DeadLetter listed = deadLetters.browse(0, DeadLetterQueue.COUNT_LIMIT).letters().stream()
                .filter(letter -> id.equals(letter.id())).findFirst().orElseThrow();
        assertThat(listed.blocker()).isEqualTo(DeadLetter.Blocker.NO_CARRIER_ID);
        SecurityContextHolder.getContext().setAuthentication(
                Officers.authentication("supervisor", List.of("SUPERVISOR"), List.of("supervisors")));

        assertThatThrownBy(() -> replay.replay(id, "supervisor")).isInstanceOfSatisfying(
                DeadLetterNotReplayableException.class,
                refused -> assertThat(refused.blocker()).isEqualTo(DeadLetter.Blocker.NO_CARRIER_ID));
        assertThatThrownBy(() -> discard.discard(id, " ", "supervisor")).isInstanceOf(IllegalArgumentException.class);
        assertThat(deadLetterId(messageId)).isEqualTo(id);

        discard.discard(id, "Test message from the broker vendor's monitoring", "supervisor");

        assertThat(deadLetterId(messageId)).isNull();
        assertThat(jdbc.sql("select discarded_by || ': ' || discard_reason from dead_letter_discard where message_id = ?")
                .param(messageId).query(String.class).single())
                .isEqualTo("supervisor: Test message from the broker vendor's monitoring");
    }

    private String deadLetterId(String messageId) {
        return deadLetters.browse(0, DeadLetterQueue.COUNT_LIMIT).letters().stream()
                .filter(letter -> messageId.equals(letter.messageId())).map(DeadLetter::id).findFirst().orElse(null);
    }
}
