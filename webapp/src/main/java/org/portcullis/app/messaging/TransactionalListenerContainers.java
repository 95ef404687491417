package org.portcullis.app.messaging;

import jakarta.jms.ConnectionFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Listener containers for the queues whose messages are stored in the database (filings, PCS events): each message
 * is received and handled inside a database transaction, and its JMS acknowledgement (a transacted session's
 * commit) is made only after that transaction has committed. A crash between the two gives a redelivery, which the
 * listeners recognise by message id; a crash can never acknowledge a message whose database work was lost.
 * <p>
 * The container keeps Spring's default cache level with a transaction manager (none): it then obtains its session
 * inside each transaction, and Spring synchronises the session's commit to run after the database commit. A container
 * that caches its own consumer and session commits that session when the listener returns, before the database
 * commit; with it, a SIGKILL in that window lost a filing in the crash check (docs/reliability.md). Sessions and
 * consumers are reused through Spring Boot's caching connection factory ({@code spring.jms.cache}) instead.
 */
public final class TransactionalListenerContainers {

    private TransactionalListenerContainers() {
    }

    public static DefaultMessageListenerContainer of(ConnectionFactory connectionFactory,
            PlatformTransactionManager transactionManager, String destination, Object listener, String concurrency) {
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(connectionFactory);
        container.setDestinationName(destination);
        container.setMessageListener(listener);
        container.setTransactionManager(transactionManager);
        container.setSessionTransacted(true);
        container.setConcurrency(concurrency);
        return container;
    }
}
