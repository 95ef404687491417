package org.portcullis.messaging.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.core.MessageCreator;

/**
 * Sends a batch of an outbox to the broker, persistent, each message carrying its duplicate-detection id. The
 * batch goes in one transacted session (one journal sync for all). If that fails, the batch is sent again one
 * message at a time without a transaction: after a crash between sending and marking a batch as sent, the batch
 * holds messages the broker already has, and Artemis refuses a whole transaction that holds a duplicate, so
 * retrying the batch as it was would fail for ever. Sent one by one, a duplicate is dropped by the broker and the
 * rest goes through. If that fails too (the broker is down), the exception goes to the caller, which retries later.
 */
public class OutboxBatchSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxBatchSender.class);

    /** One message of a batch: the queue it goes to and how to make it. */
    public record Outgoing(String queue, MessageCreator message) {
    }

    private final JmsTemplate transacted;
    private final JmsTemplate oneByOne;

    public OutboxBatchSender(ConnectionFactory connectionFactory) {
        this.transacted = new JmsTemplate(connectionFactory);
        this.transacted.setSessionTransacted(true);
        this.oneByOne = new JmsTemplate(connectionFactory);
        this.oneByOne.setSessionTransacted(false);
        this.oneByOne.setExplicitQosEnabled(true);
        this.oneByOne.setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    public void sendAll(List<Outgoing> batch) {
        try {
            sendInOneTransaction(batch);
        } catch (JmsException batchRefused) {
            log.warn("A batch of {} message(s) was refused ({}); sending them one by one", batch.size(),
                    batchRefused.getMessage());
            for (Outgoing outgoing : batch) {
                oneByOne.send(outgoing.queue(), outgoing.message());
            }
        }
    }

    private void sendInOneTransaction(List<Outgoing> batch) {
        transacted.execute(session -> {
            for (Outgoing outgoing : batch) {
                try (MessageProducer producer = session.createProducer(session.createQueue(outgoing.queue()))) {
                    producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                    producer.send(outgoing.message().createMessage(session));
                }
            }
            session.commit();
            return batch.size();
        }, true);
    }
}
