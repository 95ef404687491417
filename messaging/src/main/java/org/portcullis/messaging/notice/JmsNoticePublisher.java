package org.portcullis.messaging.notice;

import static org.portcullis.messaging.jms.FilingMessageProperties.CORRELATION_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.DUPLICATE_DETECTION_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.LRN;
import static org.portcullis.messaging.jms.FilingMessageProperties.MRN;
import static org.portcullis.messaging.jms.FilingMessageProperties.NOTICE_ID;
import static org.portcullis.messaging.jms.FilingMessageProperties.NOTICE_TYPE;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.springframework.jms.core.JmsTemplate;

/**
 * Sends notices to the carrier's queue {@code portcullis.notices.<carrierId>}. The notice id is the broker's
 * duplicate-detection id, so a notice sent twice (after a crash between send and bookkeeping) arrives once.
 */
public class JmsNoticePublisher {

    private final JmsTemplate jms;

    public JmsNoticePublisher(JmsTemplate jms) {
        this.jms = jms;
    }

    public void publish(NoticeMessage notice) {
        publishAll(List.of(notice));
    }

    /** Sends the notices in one transacted session: all of them reach their queues, or none. */
    public void publishAll(List<NoticeMessage> notices) {
        jms.execute(session -> {
            for (NoticeMessage notice : notices) {
                try (MessageProducer producer = session.createProducer(
                        session.createQueue(FilingMessageProperties.noticeAddress(notice.carrierId())))) {
                    producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                    producer.send(toJms(session, notice));
                }
            }
            if (session.getTransacted()) {
                session.commit();
            }
            return notices.size();
        }, true);
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
