package org.portcullis.broker;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.RoutingContext;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerPlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.apache.activemq.artemis.utils.UUIDGenerator;
import org.portcullis.model.intake.SenderSeal;

/**
 * Stamps every message a client sends, on any address and in any address form, over any protocol, with the user
 * the broker signed the client in as ({@link SenderSeal#SENDER}) and its seal ({@link SenderSeal#SEAL}), replacing
 * whatever the client put there; scopes the client's duplicate-detection id to that user, so one carrier cannot
 * pre-empt another's ids; gives every message an id of its send ({@link SenderSeal#DELIVERY_ID}, replacing any the
 * client put there), by which the application tells the broker's redelivery from a resend whatever the protocol;
 * records the protocol the client sent over ({@link SenderSeal#PROTOCOL}, for figures only: it is not sealed);
 * refuses a message larger than the limit before it is stored; and makes sure a message to an address under one of
 * the required-route prefixes reaches the queue its address's table is about to get rather than none, or rather than
 * only others ({@link RequiredRoutes}). Messages of the trusted
 * users (the application) keep the stamp they carry (a dead letter replayed keeps its original sender) and are
 * stamped as themselves when they carry none.
 * <p>
 * Configured by the embedded broker in code, and in an external broker's broker.xml:
 * {@code <broker-plugin class-name="org.portcullis.broker.SenderStamp">} with the properties {@code seal-secret}
 * (base64, the application's {@code portcullis.broker.sender-seal-secret}), {@code trusted-users} (comma-separated),
 * {@code max-message-bytes}, {@code required-route-prefixes} (comma-separated, each a prefix or a prefix and the
 * queue its messages must reach, e.g. {@code portcullis.iot.=portcullis.iot.events}; none when absent) and
 * {@code required-route-wait-millis} (how long a send waits for its address's queue, 500 ms).
 */
public class SenderStamp implements ActiveMQServerPlugin {

    static final String MESSAGE_ID = "messageId";
    private static final SimpleString SENDER = SimpleString.of(SenderSeal.SENDER);
    private static final SimpleString SEAL = SimpleString.of(SenderSeal.SEAL);
    private static final SimpleString MESSAGE_ID_PROPERTY = SimpleString.of(MESSAGE_ID);
    private static final SimpleString DELIVERY_ID = SimpleString.of(SenderSeal.DELIVERY_ID);
    private static final SimpleString PROTOCOL = SimpleString.of(SenderSeal.PROTOCOL);

    private SenderSeal seal;
    private Set<String> trustedUsers = Set.of();
    private long maxMessageBytes = Long.MAX_VALUE;
    private RequiredRoutes requiredRoutes = new RequiredRoutes(List.of(), RequiredRoutes.DEFAULT_WAIT_MILLIS);
    private volatile ActiveMQServer server;

    /** For a broker.xml: configured through {@link #init(Map)}. */
    public SenderStamp() {
    }

    public SenderStamp(SenderSeal seal, Set<String> trustedUsers, long maxMessageBytes) {
        this(seal, trustedUsers, maxMessageBytes, List.of());
    }

    public SenderStamp(SenderSeal seal, Set<String> trustedUsers, long maxMessageBytes,
            List<String> requiredRoutePrefixes) {
        this.seal = seal;
        this.trustedUsers = Set.copyOf(trustedUsers);
        this.maxMessageBytes = maxMessageBytes;
        this.requiredRoutes = new RequiredRoutes(requiredRoutePrefixes, RequiredRoutes.DEFAULT_WAIT_MILLIS);
    }

    @Override
    public void init(Map<String, String> properties) {
        seal = SenderSeal.fromBase64(properties.get("seal-secret"));
        String trusted = properties.getOrDefault("trusted-users", "");
        trustedUsers = Arrays.stream(trusted.split(",")).map(String::strip).filter(user -> !user.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        String limit = properties.get("max-message-bytes");
        maxMessageBytes = limit == null ? Long.MAX_VALUE : Long.parseLong(limit.strip());
        String wait = properties.get("required-route-wait-millis");
        requiredRoutes = new RequiredRoutes(RequiredRoutes.parse(properties.get("required-route-prefixes")),
                wait == null ? RequiredRoutes.DEFAULT_WAIT_MILLIS : Long.parseLong(wait.strip()));
    }

    List<String> requiredRoutePrefixes() {
        return requiredRoutes.prefixes();
    }

    @Override
    public void registered(ActiveMQServer server) {
        this.server = server;
    }

    /** Called after the broker looked up the message's queues and before it stores it: see {@link RequiredRoutes}. */
    @Override
    public void beforeMessageRoute(Message message, RoutingContext context, boolean direct, boolean rejectDuplicates)
            throws ActiveMQException {
        ActiveMQServer broker = server;
        if (broker == null) {
            return;
        }
        try {
            requiredRoutes.ensureRouted(broker.getPostOffice(), message, context);
        } catch (ActiveMQException e) {
            throw e;
        } catch (Exception e) {
            throw new ActiveMQException(e.getMessage(), e, ActiveMQExceptionType.INTERNAL_ERROR);
        }
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
            boolean noAutoCreateQueue) throws ActiveMQSecurityException {
        if (session == null) {
            return;
        }
        stampAll(session, message);
        // An AMQP message keeps changed properties in memory only until re-encoded, and the journal stores its
        // encoding: without this a filing reloaded after a broker restart comes without its stamp.
        message.reencode();
    }

    private void stampAll(ServerSession session, Message message) throws ActiveMQSecurityException {
        message.putStringProperty(DELIVERY_ID, SimpleString.of(UUIDGenerator.getInstance().generateStringUUID()));
        stampProtocol(session, message);
        if (seal == null) {
            return;
        }
        String user = session.getValidatedUser();
        if (user != null && trustedUsers.contains(user)) {
            if (message.getStringProperty(SENDER) == null) {
                stamp(message, user);
            }
            return;
        }
        if (message.getWholeMessageSize() > maxMessageBytes) {
            throw new ActiveMQSecurityException("the message has " + message.getWholeMessageSize()
                    + " bytes, more than the " + maxMessageBytes + " accepted");
        }
        message.removeProperty(SENDER);
        message.removeProperty(SEAL);
        if (user == null) {
            return;
        }
        stamp(message, user);
        Object duplicateId = message.getDuplicateProperty();
        if (duplicateId != null) {
            message.putStringProperty(Message.HDR_DUPLICATE_DETECTION_ID,
                    SimpleString.of(user + "/" + DuplicateIds.text(duplicateId)));
        }
    }

    /** The protocol the client sent over (CORE, AMQP, STOMP, MQTT), for the application's figures per channel. */
    private void stampProtocol(ServerSession session, Message message) {
        String user = session.getValidatedUser();
        if (user != null && trustedUsers.contains(user) && message.getStringProperty(PROTOCOL) != null) {
            return;
        }
        String protocol = session.getRemotingConnection() == null ? null
                : session.getRemotingConnection().getProtocolName();
        if (protocol == null) {
            message.removeProperty(PROTOCOL);
        } else {
            message.putStringProperty(PROTOCOL, SimpleString.of(protocol));
        }
    }

    private void stamp(Message message, String user) {
        Object messageId = message.getObjectProperty(MESSAGE_ID_PROPERTY);
        message.putStringProperty(SENDER, SimpleString.of(user));
        message.putStringProperty(SEAL, SimpleString.of(seal.of(user, messageId == null ? null
                : messageId.toString())));
    }
}
