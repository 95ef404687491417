package org.portcullis.messaging.pcs;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.springframework.jms.core.JmsTemplate;

/**
 * Sends notices to the terminal on {@code portcullis.pcs.notices}, all of a batch in one transacted session. The
 * notice id is the broker's duplicate-detection id, so a notice sent twice (after a crash between sending and
 * bookkeeping) arrives once.
 */
public class JmsPcsNoticePublisher {

    private final JmsTemplate jms;

    public JmsPcsNoticePublisher(JmsTemplate jms) {
        this.jms = jms;
    }

    public void publishAll(List<PcsNoticeMessage> notices) {
        jms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(PcsAddresses.NOTICES_ADDRESS))) {
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                for (PcsNoticeMessage notice : notices) {
                    producer.send(toJms(session, notice));
                }
            }
            if (session.getTransacted()) {
                session.commit();
            }
            return notices.size();
        }, true);
    }

    private static TextMessage toJms(Session session, PcsNoticeMessage notice) throws JMSException {
        TextMessage message = session.createTextMessage(notice.body());
        message.setStringProperty(PcsAddresses.NOTICE_ID, notice.noticeId());
        message.setStringProperty(FilingMessageProperties.DUPLICATE_DETECTION_ID, notice.noticeId());
        message.setStringProperty(PcsAddresses.CONTAINER_NUMBER, notice.containerNumber());
        message.setStringProperty(PcsAddresses.CONTAINER_STATUS, notice.containerStatus());
        message.setStringProperty(PcsAddresses.MRN, notice.mrn());
        return message;
    }
}
