package org.portcullis.casework.messaging;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import org.portcullis.model.error.FailureSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.jms.listener.SessionAwareMessageListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Listener containers for the queues whose messages are stored in the database (filings, PCS events): each message
 * is handled in a database transaction of the listener's own, committed before the container commits its transacted
 * JMS session, so a crash between the two gives a redelivery (recognised by the listeners), never a lost message.
 * A failed message is logged by the classes of its failure only: their messages may quote what the message said.
 */
public final class TransactionalListenerContainers {

    private static final Logger log = LoggerFactory.getLogger(TransactionalListenerContainers.class);

    private TransactionalListenerContainers() {
    }

    public static DefaultMessageListenerContainer of(ConnectionFactory connectionFactory,
            PlatformTransactionManager transactionManager, String destination,
            SessionAwareMessageListener<Message> listener, String concurrency) {
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(connectionFactory);
        container.setDestinationName(destination);
        container.setMessageListener(new InDatabaseTransaction(new TransactionTemplate(transactionManager), listener));
        container.setSessionTransacted(true);
        container.setConcurrency(concurrency);
        container.setCacheLevel(DefaultMessageListenerContainer.CACHE_CONSUMER);
        container.setErrorHandler(failure -> log.warn("A message on {} failed; the broker delivers it again: {}",
                destination, FailureSummary.of(failure)));
        return container;
    }

    /** Runs a listener in a database transaction, committed (or rolled back) before the listener call returns. */
    private record InDatabaseTransaction(TransactionTemplate transactions, SessionAwareMessageListener<Message> listener)
            implements SessionAwareMessageListener<Message> {

        @Override
        public void onMessage(Message message, Session session) throws JMSException {
            try {
                transactions.executeWithoutResult(status -> {
                    try {
                        listener.onMessage(message, session);
                    } catch (JMSException e) {
                        throw new JmsFailure(e);
                    }
                });
            } catch (JmsFailure failure) {
                throw failure.jms;
            }
        }
    }

    /** Carries a listener's JMSException through the transaction template, which takes only unchecked ones. */
    private static final class JmsFailure extends RuntimeException {

        private final transient JMSException jms;

        JmsFailure(JMSException jms) {
            super(jms);
            this.jms = jms;
        }
    }
}
