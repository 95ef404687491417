package org.portcullis.benchmark;

import java.util.concurrent.TimeUnit;
import org.apache.qpid.protonj2.client.Client;
import org.apache.qpid.protonj2.client.Connection;
import org.apache.qpid.protonj2.client.ConnectionOptions;
import org.apache.qpid.protonj2.client.Message;
import org.apache.qpid.protonj2.client.Sender;
import org.apache.qpid.protonj2.client.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A carrier that sends its filings over AMQP 1.0 (Qpid ProtonJ2) to the application's AMQP acceptor: durable, with
 * the contract's properties and {@code _AMQ_DUPL_ID} (an application property Artemis takes as the duplicate-detection
 * id), each send waiting until the broker accepted it; a send that fails is repeated on a new connection.
 */
final class AmqpCarrier implements FilingSender, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AmqpCarrier.class);

    private final Client client = Client.create();
    private final CarrierLogin login;
    private Connection connection;
    private Sender sender;
    private int retriedSends;

    AmqpCarrier(CarrierLogin login) {
        this.login = login;
    }

    @Override
    public void send(String messageId, String body) throws InterruptedException {
        while (true) {
            try {
                if (sender == null) {
                    connection = client.connect(login.host(), login.port(), new ConnectionOptions().user(login.carrierId())
                            .password(login.password())
                            .openTimeout(10_000).sendTimeout(10_000).requestTimeout(10_000));
                    sender = connection.openSender("portcullis.filings");
                }
                Message<String> message = Message.create(body);
                message.durable(true);
                message.property("messageId", messageId);
                message.property("carrierId", login.carrierId());
                message.property("contentType", "application/json");
                message.property("_AMQ_DUPL_ID", login.carrierId() + ":" + messageId);
                sender.send(message).awaitAccepted(10, TimeUnit.SECONDS);
                return;
            } catch (ClientException | RuntimeException e) {
                retriedSends++;
                log.debug("AMQP send of {} failed, retrying: {}", messageId, e.toString());
                closeConnection();
                Thread.sleep(500);
            }
        }
    }

    @Override
    public int retriedSends() {
        return retriedSends;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (RuntimeException ignored) {
                // the connection is gone already
            }
        }
        connection = null;
        sender = null;
    }

    @Override
    public void close() {
        closeConnection();
        client.close();
    }
}
