package org.portcullis.messaging.pcs;

import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.messaging.jms.OutboxBatchSender;

/**
 * Sends notices to the terminal (per container) and port health's free pratique on {@code portcullis.pcs.notices},
 * told apart by the {@code noticeType} property. The notice id is the broker's duplicate-detection
 * id, so a notice sent twice (after a crash between sending and bookkeeping) arrives once (see
 * {@link OutboxBatchSender}).
 */
public class JmsPcsNoticePublisher {

    private final OutboxBatchSender sender;

    public JmsPcsNoticePublisher(OutboxBatchSender sender) {
        this.sender = sender;
    }

    public void publishAll(List<PcsNoticeMessage> notices) {
        sender.sendAll(notices.stream().map(notice -> new OutboxBatchSender.Outgoing(PcsAddresses.NOTICES_ADDRESS,
                session -> toJms(session, notice))).toList());
    }

    /** Free pratique notices: properties noticeId, noticeType FREE_PRATIQUE, freePratique and MRN. */
    public void publishFreePratique(List<PcsFreePratiqueMessage> notices) {
        sender.sendAll(notices.stream().map(notice -> new OutboxBatchSender.Outgoing(PcsAddresses.NOTICES_ADDRESS,
                session -> toJms(session, notice))).toList());
    }

    private static TextMessage toJms(Session session, PcsFreePratiqueMessage notice) throws JMSException {
        TextMessage message = text(session, notice.noticeId(), notice.body());
        message.setStringProperty(PcsAddresses.NOTICE_TYPE, FreePratiqueNotice.TYPE);
        message.setStringProperty(PcsAddresses.FREE_PRATIQUE, notice.freePratique());
        message.setStringProperty(PcsAddresses.MRN, notice.mrn());
        return message;
    }

    private static TextMessage text(Session session, String noticeId, String body) throws JMSException {
        TextMessage message = session.createTextMessage(body);
        message.setStringProperty(PcsAddresses.NOTICE_ID, noticeId);
        message.setStringProperty(FilingMessageProperties.DUPLICATE_DETECTION_ID, noticeId);
        return message;
    }

    private static TextMessage toJms(Session session, PcsNoticeMessage notice) throws JMSException {
        TextMessage message = text(session, notice.noticeId(), notice.body());
        message.setStringProperty(PcsAddresses.NOTICE_TYPE, PcsAddresses.CONTAINER_STATUS_NOTICE);
        message.setStringProperty(PcsAddresses.CONTAINER_NUMBER, notice.containerNumber());
        message.setStringProperty(PcsAddresses.CONTAINER_STATUS, notice.containerStatus());
        message.setStringProperty(PcsAddresses.MRN, notice.mrn());
        return message;
    }
}
