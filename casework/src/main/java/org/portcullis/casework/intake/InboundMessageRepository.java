package org.portcullis.casework.intake;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.util.Optional;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Every message carriers sent, as it arrived, with its disposition. The unique key (carrier, message id)
 * de-duplicates. A message is recorded as RECEIVED before it is read and completed as ACCEPTED or REJECTED. Its body
 * is a {@link StoredDocuments stored document}, referred to by its SHA-256.
 */
@Repository
class InboundMessageRepository {

    enum Disposition { RECEIVED, ACCEPTED, REJECTED }

    private static final int MAX_MESSAGE_ID = 128;
    private static final int MAX_DELIVERY_ID = 200;

    private static final byte[] NO_BODY = new byte[0];

    private final JdbcClient jdbc;
    private final StoredDocuments documents;

    InboundMessageRepository(JdbcClient jdbc, StoredDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
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

    /**
     * Records the message as it arrived: its serial number, from which a new case's MRN is formed, and the SHA-256
     * of its body as stored (none for an empty body).
     */
    RecordedMessage record(InboundMessage message) {
        byte[] body = message.body() == null ? NO_BODY : message.body();
        String bodySha256 = body.length == 0 ? null : documents.store(body);
        return new RecordedMessage(insert(message, bodySha256), bodySha256);
    }

    /** Records a message refused before its body was read (the channel keeps the body). */
    long recordWithoutBody(InboundMessage message) {
        return insert(message, null);
    }

    /** A message recorded now: its serial number and the SHA-256 of its stored body. */
    record RecordedMessage(long serial, String bodySha256) {
    }

    void complete(long id, Disposition disposition, String errorsJson, Mrn mrn) {
        jdbc.sql("update inbound_message set disposition = ?, errors = ?, mrn = ? where id = ?")
                .params(disposition.name(), errorsJson, mrn == null ? null : mrn.value(), id).update();
    }

    private long insert(InboundMessage message, String bodySha256) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inbound_message (carrier_id, message_id, channel, content_type, received_at, body,
                    body_sha256, disposition, errors, delivery_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(message.carrierId(), usableMessageId(message.messageId()), message.channel().name(),
                        truncate(message.contentType()), utc(message.receivedAt()), NO_BODY, bodySha256,
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
