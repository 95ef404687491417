package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.ConnectionFactory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.notice.JmsNoticePublisher;
import org.portcullis.messaging.notice.NoticeMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/**
 * The relay's case after a crash between publishing a batch of notices and marking it published: the next batch
 * holds a notice the broker already has. Artemis refuses a transaction that holds a duplicate, so the publisher
 * must still get the new notices out, and the old one must not arrive twice.
 */
class OutboxAfterCrashIT extends PortcullisIntegrationTest {

    private static final String QUEUE = "portcullis.notices.ACME";

    @Autowired
    JmsNoticePublisher publisher;

    @Autowired
    ConnectionFactory applicationConnection;

    @Test
    void batchHoldingANoticeAlreadyPublishedStillDeliversTheOthersAndTheOldOneOnce() {
        NoticeMessage publishedBeforeTheCrash = notice();
        NoticeMessage issuedAfter = notice();
        publisher.publishAll(List.of(publishedBeforeTheCrash));

        publisher.publishAll(List.of(publishedBeforeTheCrash, issuedAfter));

        JmsTemplate reader = new JmsTemplate(applicationConnection);
        reader.setReceiveTimeout(5_000);
        assertThat(reader.receiveSelected(QUEUE, selector(issuedAfter))).as("the new notice").isNotNull();
        assertThat(reader.receiveSelected(QUEUE, selector(publishedBeforeTheCrash))).as("the old notice").isNotNull();
        reader.setReceiveTimeout(1_000);
        assertThat(reader.receiveSelected(QUEUE, selector(publishedBeforeTheCrash))).as("the old notice again")
                .isNull();
    }

    private static NoticeMessage notice() {
        String id = UUID.randomUUID().toString();
        return new NoticeMessage(id, "ACME", "ACCEPTED", "LRN-" + id, null, "m-" + id, "{}", "application/json");
    }

    private static String selector(NoticeMessage notice) {
        return "noticeId = '" + notice.noticeId() + "'";
    }
}
