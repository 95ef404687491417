package org.portcullis.messaging.notice;

import static org.portcullis.messaging.jms.FilingMessageProperties.CORRELATION_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.DUPLICATE_DETECTION_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.LRN;
import static org.portcullis.messaging.jms.FilingMessageProperties.MRN;
import static org.portcullis.messaging.jms.FilingMessageProperties.NOTICE_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.NOTICE_TYPE;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.messaging.jms.OutboxBatchSender;

/**
 * Sends notices to the carrier's queue {@code portcullis.notices.<carrierId>}. The notice id is the broker's
 * duplicate-detection id, so a notice sent twice (after a crash between send and bookkeeping) arrives once
 * (see {@link OutboxBatchSender}).
 */
public class JmsNoticePublisher {

    private final OutboxBatchSender sender;

    public JmsNoticePublisher(OutboxBatchSender sender) {
        this.sender = sender;
    }

    public void publish(NoticeMessage notice) {
        publishAll(List.of(notice));
    }

    /** Sends the notices; when it returns, the broker holds every one of them. */
    public void publishAll(List<NoticeMessage> notices) {
        sender.sendAll(notices.stream().map(notice -> new OutboxBatchSender.Outgoing(
                FilingMessageProperties.noticeAddress(notice.carrierId()), session -> toJms(session, notice))).toList());
    }

    private static Message toJms(Session session, NoticeMessage notice) throws JMSException {
        TextMessage message = session.createTextMessage(notice.body());
        message.setStringProperty(NOTICE_ID, notice.noticeId());
        message.setStringProperty(DUPLICATE_DETECTION_ID, notice.noticeId());
        message.setStringProperty(NOTICE_TYPE, notice.type());
        message.setStringProperty(FilingMessageProperties.CONTENT_TYPE, notice.contentType());
        setIfPresent(message, LRN, notice.lrn());
        setIfPresent(message, MRN, notice.mrn());
        setIfPresent(message, CORRELATION_ID, notice.correlationId());
        if (notice.correlationId() != null) {
            message.setJMSCorrelationID(notice.correlationId());
        }
        return message;
    }

    private static void setIfPresent(Message message, String name, String value) throws JMSException {
        if (value != null) {
            message.setStringProperty(name, value);
        }
    }
}
