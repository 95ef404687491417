package org.portcullis.casework.deadletter;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.portcullis.messaging.jms.FilingMessageProperties;

/**
 * A dead letter the broker moved itself because its address routed to no queue: it names the original address, no
 * original queue, and carries no {@code deadLetterReason} of the application's. One definition for the JMS selector
 * (which must select on the broker) and for a message already read.
 */
public final class RoutedNowhere {

    /** The address the message was sent to, set by the broker on its move. */
    public static final String ORIGINAL_ADDRESS = org.apache.activemq.artemis.api.core.Message.HDR_ORIGINAL_ADDRESS
            .toString();
    /** The broker's id of the message before its move. */
    public static final String ORIGINAL_MESSAGE_ID = org.apache.activemq.artemis.api.core.Message.HDR_ORIG_MESSAGE_ID
            .toString();
    private static final String ORIGINAL_QUEUE = org.apache.activemq.artemis.api.core.Message.HDR_ORIGINAL_QUEUE
            .toString();

    private RoutedNowhere() {
    }

    /** The selector of such dead letters sent to an address starting with {@code addressPrefix}. */
    public static String selector(String addressPrefix) {
        return ORIGINAL_ADDRESS + " LIKE '" + addressPrefix + "%' AND " + ORIGINAL_QUEUE + " IS NULL AND "
                + FilingMessageProperties.DEAD_LETTER_REASON + " IS NULL";
    }

    /** Whether a message read from a dead-letter queue is such a dead letter. */
    public static boolean test(Message message) throws JMSException {
        return message.getStringProperty(ORIGINAL_ADDRESS) != null && message.getStringProperty(ORIGINAL_QUEUE) == null
                && message.getStringProperty(FilingMessageProperties.DEAD_LETTER_REASON) == null;
    }
}
