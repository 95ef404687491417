package org.portcullis.casework.broker;

import org.portcullis.casework.messaging.MessagingProperties;

/** The limits the broker itself enforces on what clients send. */
final class BrokerLimits {

    /** Room above the limit for headers and properties, so a message a little too large gets a REJECTED notice. */
    private static final long HEADROOM_BYTES = 1024 * 1024;

    private BrokerLimits() {
    }

    /**
     * The largest message the broker takes from a client: twice the application's limit (a CORE text message holds
     * two bytes a character) and a megabyte. What lies between the application's limit and this one reaches the
     * listener and is answered REJECTED; what lies beyond is refused to the sender and never stored.
     */
    static long maxMessageBytes(MessagingProperties messaging) {
        return 2 * messaging.maxMessageSize().toBytes() + HEADROOM_BYTES;
    }
}
