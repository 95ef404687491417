package org.portcullis.casework.deadletter;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.portcullis.casework.messaging.MessagingProperties;
import org.portcullis.model.intake.SenderSeal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.springframework.jms.core.JmsTemplate;

/** Paging through the filings' dead letters on a real (embedded) broker, without taking any off the queue. */
class DeadLetterQueueTest {

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private ActiveMQConnectionFactory connectionFactory;
    private JmsTemplate jms;
    private DeadLetterQueue queue;

    @BeforeEach
    void startWithSixtyDeadLetters() throws Exception {
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://73"));
        broker.start();
        connectionFactory = new ActiveMQConnectionFactory("vm://73");
        jms = new JmsTemplate(connectionFactory);
        for (int i = 1; i <= 60; i++) {
            String messageId = "m-" + i;
            jms.send(FilingMessageProperties.FILINGS_DEAD_LETTER_ADDRESS, session -> {
                var message = session.createTextMessage("{\"messageId\":\"" + messageId + "\"}");
                message.setStringProperty(FilingMessageProperties.MESSAGE_ID, messageId);
                message.setStringProperty(FilingMessageProperties.DEAD_LETTER_REASON, "bad " + messageId);
                return message;
            });
        }
        queue = new DeadLetterQueue(jms, new DeadLetterSenders(new MessagingProperties(null, 0, null, null, null),
                new SenderSeal(new byte[32])));
    }

    @AfterEach
    void stop() throws Exception {
        connectionFactory.close();
        broker.stop();
    }

    @Test
    void aLetterWithoutACarrierIdSaysUpFrontThatItCannotBeReplayed() {
        DeadLetterQueue.Page page = queue.browse(0, 5);

        assertThat(page.letters()).allSatisfy(letter -> {
            assertThat(letter.replayable()).isFalse();
            assertThat(letter.blocker()).isEqualTo(DeadLetter.Blocker.NO_CARRIER_ID);
        });
    }

    @Test
    void aPageHoldsItsLettersInQueueOrderWithTheirReasonAndTheCount() {
        DeadLetterQueue.Page second = queue.browse(1, 25);

        assertThat(messageIds(second)).hasSize(25).startsWith("m-26").endsWith("m-50");
        assertThat(second.letters().get(0).reason()).isEqualTo("bad m-26");
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.total()).isEqualTo(60);
        assertThat(second.pageCount()).isEqualTo(3);
        assertThat(second.countLimited()).isFalse();
    }

    @Test
    void aPagePastTheLastShowsTheLast() {
        DeadLetterQueue.Page page = queue.browse(999, 25);

        assertThat(page.page()).isEqualTo(2);
        assertThat(messageIds(page)).containsExactly(
                "m-51", "m-52", "m-53", "m-54", "m-55", "m-56", "m-57", "m-58", "m-59", "m-60");
    }

    @Test
    void aPageBeforeTheFirstShowsTheFirst() {
        DeadLetterQueue.Page page = queue.browse(-2, 25);

        assertThat(page.page()).isZero();
        assertThat(messageIds(page)).hasSize(25).startsWith("m-1").endsWith("m-25");
    }

    @Test
    void browsingTakesNothingOffTheQueue() {
        queue.browse(0, 25);
        queue.browse(5, 25);

        assertThat(queue.browse(0, 25).total()).isEqualTo(60);
    }

    private static List<String> messageIds(DeadLetterQueue.Page page) {
        return page.letters().stream().map(DeadLetter::messageId).toList();
    }
}
