package org.portcullis.messaging.jms;

import java.util.Set;
import java.util.regex.Pattern;
import org.portcullis.model.intake.SenderSeal;

/** Names of the Artemis addresses and message properties of the carrier contract (see README and docs). */
public final class FilingMessageProperties {

    public static final String FILINGS_ADDRESS = "portcullis.filings";
    public static final String FILINGS_DEAD_LETTER_ADDRESS = "portcullis.filings.DLQ";
    public static final String NOTICES_ADDRESS_PREFIX = "portcullis.notices.";

    public static final String MESSAGE_ID = "messageId";
    public static final String CARRIER_ID = "carrierId";
    public static final String CONTENT_TYPE = "contentType";
    /** The user the broker signed the sender in as, stamped and sealed by the broker's sender stamp. */
    public static final String SENDER = SenderSeal.SENDER;
    /** The seal over the sender and the message id ({@link SenderSeal}). */
    public static final String SENDER_SEAL = SenderSeal.SEAL;

    public static final String NOTICE_ID = "noticeId";
    public static final String NOTICE_TYPE = "noticeType";
    public static final String LRN = "LRN";
    public static final String MRN = "MRN";
    public static final String CORRELATION_ID = "correlationId";
    public static final String DEAD_LETTER_REASON = "deadLetterReason";
    /** Artemis drops a second message with the same value on the same address (duplicate detection). */
    public static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";

    /** Carrier ids become part of an address name, so they are kept to letters, digits, '-' and '_'. */
    private static final Pattern CARRIER_ID_FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private FilingMessageProperties() {
    }

    public static boolean isValidCarrierId(String carrierId) {
        return carrierId != null && CARRIER_ID_FORMAT.matcher(carrierId).matches();
    }

    /**
     * True when the broker user who sent a message may not file under the carrier id it names: not that carrier and
     * not one of the trusted senders (the application). A message without a sender is never allowed. Such a
     * message is refused, and never replayed.
     */
    public static boolean isSentForAnotherCarrier(String sender, String carrierId, Set<String> trustedSenders) {
        return sender == null || !sender.equals(carrierId) && !trustedSenders.contains(sender);
    }

    public static String noticeAddress(String carrierId) {
        if (!isValidCarrierId(carrierId)) {
            throw new IllegalArgumentException("not a carrier id: " + carrierId);
        }
        return NOTICES_ADDRESS_PREFIX + carrierId;
    }
}
