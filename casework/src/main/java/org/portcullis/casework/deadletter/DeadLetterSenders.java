package org.portcullis.casework.deadletter;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.Set;
import org.portcullis.casework.messaging.MessagingProperties;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.model.intake.SenderSeal;
import org.springframework.stereotype.Component;

/** Whether a dead letter may be sent again as its carrier's: it names one, and the broker's stamp says so. */
@Component
class DeadLetterSenders {

    private final Set<String> trustedSenders;
    private final SenderSeal senderSeal;

    DeadLetterSenders(MessagingProperties messaging, SenderSeal senderSeal) {
        this.trustedSenders = messaging.trustedSenders();
        this.senderSeal = senderSeal;
    }

    /** What keeps the dead letter from being replayed, or null when nothing does. */
    DeadLetter.Blocker blocker(Message dead) throws JMSException {
        String carrierId = dead.getStringProperty(FilingMessageProperties.CARRIER_ID);
        if (carrierId == null || carrierId.isBlank()) {
            return DeadLetter.Blocker.NO_CARRIER_ID;
        }
        return FilingMessageProperties.isSentForAnotherCarrier(sealedSender(dead), carrierId, trustedSenders)
                ? DeadLetter.Blocker.SENDER_NOT_THE_CARRIER : null;
    }

    /** The broker user that sent the dead letter, when the broker's seal on it verifies; null otherwise. */
    String sealedSender(Message dead) throws JMSException {
        String sender = dead.getStringProperty(FilingMessageProperties.SENDER);
        return senderSeal.verifies(sender, dead.getStringProperty(FilingMessageProperties.MESSAGE_ID),
                dead.getStringProperty(FilingMessageProperties.SENDER_SEAL)) ? sender : null;
    }
}
