package org.portcullis.casework.intake;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.util.Optional;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Every message carriers sent, as it arrived, with its disposition. The unique key (carrier, message id)
 * de-duplicates. A message is recorded as RECEIVED before it is read and completed as ACCEPTED or REJECTED.
 */
@Repository
class InboundMessageRepository {

    enum Disposition { RECEIVED, ACCEPTED, REJECTED }

    private static final int MAX_MESSAGE_ID = 128;
    private static final int MAX_DELIVERY_ID = 200;

    private final JdbcClient jdbc;

    InboundMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The message recorded earlier under this carrier and message id, if any. */
    Optional<Recorded> recorded(String carrierId, String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select delivery_id from inbound_message where carrier_id = ? and message_id = ?")
                .params(carrierId, messageId).query((rs, row) -> new Recorded(rs.getString("delivery_id")))
                .optional();
    }

    /** A message recorded earlier: the broker's delivery id it came with (none over HTTP, or when too long). */
    record Recorded(String deliveryId) {
    }

    /** Records the message as it arrived and returns its serial number, from which a new case's MRN is formed. */
    long record(InboundMessage message) {
        return insert(message, message.body());
    }

    /** Records a message refused before its body was read (the channel keeps the body). */
    long recordWithoutBody(InboundMessage message) {
        return insert(message, new byte[0]);
    }

    void complete(long id, Disposition disposition, String errorsJson, Mrn mrn) {
        jdbc.sql("update inbound_message set disposition = ?, errors = ?, mrn = ? where id = ?")
                .params(disposition.name(), errorsJson, mrn == null ? null : mrn.value(), id).update();
    }

    private long insert(InboundMessage message, byte[] body) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inbound_message (carrier_id, message_id, channel, content_type, received_at, body,
                    disposition, errors, delivery_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(message.carrierId(), usableMessageId(message.messageId()), message.channel().name(),
                        truncate(message.contentType()), utc(message.receivedAt()), body,
                        Disposition.RECEIVED.name(), null, storableDeliveryId(message.deliveryId()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * A message id is stored and quoted back as the correlation id: it must fit its column and hold no control
     * character (PostgreSQL stores no U+0000).
     */
    static boolean isUsableMessageId(String messageId) {
        return messageId != null && !messageId.isBlank() && messageId.length() <= MAX_MESSAGE_ID
                && messageId.chars().noneMatch(Character::isISOControl);
    }

    /** An unusable message id is kept out of the unique key (the message is rejected for it). */
    private static String usableMessageId(String messageId) {
        return isUsableMessageId(messageId) ? messageId : null;
    }

    /** A delivery id that does not fit its column is not kept: a redelivery of that message is then answered again. */
    private static String storableDeliveryId(String deliveryId) {
        return deliveryId != null && deliveryId.length() <= MAX_DELIVERY_ID ? deliveryId : null;
    }

    /** The content type as sent, without control characters (PostgreSQL stores no U+0000), at most 100 characters. */
    private static String truncate(String contentType) {
        if (contentType == null) {
            return null;
        }
        String printable = contentType.replaceAll("\\p{Cntrl}", "");
        return printable.length() <= 100 ? printable : printable.substring(0, 100);
    }
}
