package org.portcullis.casework.broker;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.portcullis.messaging.jms.FilingMessageProperties;

/**
 * Stamps every message sent to {@code portcullis.filings} with the user the broker signed its sender in as, in
 * {@code portcullisSender}, over whatever the sender put there, for every protocol (CORE, AMQP, STOMP). The filing
 * listener compares it with the {@code carrierId} property: a carrier files only as itself.
 */
class SenderStamp implements ActiveMQServerMessagePlugin {

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
            boolean noAutoCreateQueue) {
        if (session == null || message.getAddress() == null
                || !message.getAddress().equals(FilingMessageProperties.FILINGS_ADDRESS)) {
            return;
        }
        String sender = session.getValidatedUser();
        if (sender == null) {
            message.removeProperty(FilingMessageProperties.SENDER);
        } else {
            message.putStringProperty(FilingMessageProperties.SENDER, sender);
        }
    }
}
