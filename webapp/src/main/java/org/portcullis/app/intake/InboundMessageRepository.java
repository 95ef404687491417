package org.portcullis.app.intake;

import static org.portcullis.app.persistence.SqlTimes.utc;

import org.portcullis.model.intake.InboundMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every message carriers sent, as it arrived, with its disposition. The unique key (carrier, message id) de-duplicates. */
@Repository
class InboundMessageRepository {

    enum Disposition { ACCEPTED, REJECTED }

    private final JdbcClient jdbc;

    InboundMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String carrierId, String messageId) {
        return messageId != null && jdbc.sql("select count(*) from inbound_message where carrier_id = ? and message_id = ?")
                .params(carrierId, messageId).query(Integer.class).single() > 0;
    }

    /** Records the message and returns its serial number, from which its MRN is formed. */
    long record(InboundMessage message, Disposition disposition, String errorsJson) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inbound_message (carrier_id, message_id, channel, content_type, received_at, body,
                    disposition, errors)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(message.carrierId(), message.messageId(), message.channel().name(), truncate(message.contentType()),
                        utc(message.receivedAt()), message.body(), disposition.name(), errorsJson)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void linkToCase(long id, String mrn) {
        jdbc.sql("update inbound_message set mrn = ? where id = ?").params(mrn, id).update();
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
