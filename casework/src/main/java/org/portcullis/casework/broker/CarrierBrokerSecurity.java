package org.portcullis.casework.broker;

import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.messaging.MessagingProperties;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.messaging.pcs.PcsAddresses;

/**
 * Who may do what on the embedded broker. The application's own in-VM connection may do everything. A carrier
 * signs in with its carrier id and password (its account in {@code portcullis.carriers.accounts}) and may only send
 * to {@code portcullis.filings} and read (consume, browse) its own {@code portcullis.notices.<carrierId>}; that it
 * sends only as itself is checked on each message against the user the broker's sender stamp seals into it
 * ({@code org.portcullis.broker.SenderStamp}), whatever address form or protocol it came by.
 * The port community system signs in with its own account and may only send to {@code portcullis.pcs.events} and
 * read {@code portcullis.pcs.notices}. The operator (if configured) may only read and browse dead-letter queues.
 */
class CarrierBrokerSecurity implements ActiveMQSecurityManager5 {

    private static final String APPLICATION_ROLE = "application";
    private static final String CARRIER_ROLE = "carrier";
    private static final String PORT_COMMUNITY_ROLE = "port-community";
    private static final String OPERATOR_ROLE = "operator";
    private static final String DEAD_LETTER_SUFFIX = ".DLQ";

    private final CarrierAccounts carriers;
    private final BrokerAccount portCommunity;
    private final BrokerAccount operator;

    CarrierBrokerSecurity(CarrierAccounts carriers, BrokerAccount portCommunity, BrokerAccount operator) {
        this.carriers = carriers;
        this.portCommunity = portCommunity;
        this.operator = operator;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection != null && connection.getTransportConnection() instanceof InVMConnection) {
            return subject(MessagingProperties.APPLICATION_USER, APPLICATION_ROLE);
        }
        if (portCommunity.authenticates(user, password)) {
            return subject(user, PORT_COMMUNITY_ROLE);
        }
        if (operator.authenticates(user, password)) {
            return subject(user, OPERATOR_ROLE);
        }
        return carriers.authenticates(user, password) ? subject(user, CARRIER_ROLE) : null;
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        if (hasRole(subject, APPLICATION_ROLE)) {
            return true;
        }
        if (address == null) {
            return false;
        }
        String bare = address.contains("::") ? address.substring(0, address.indexOf("::")) : address;
        if (hasRole(subject, OPERATOR_ROLE)) {
            return (checkType == CheckType.CONSUME || checkType == CheckType.BROWSE)
                    && bare.endsWith(DEAD_LETTER_SUFFIX);
        }
        if (hasRole(subject, PORT_COMMUNITY_ROLE)) {
            return switch (checkType) {
                case SEND -> bare.equals(PcsAddresses.EVENTS_ADDRESS);
                case CONSUME, BROWSE -> bare.equals(PcsAddresses.NOTICES_ADDRESS);
                default -> false;
            };
        }
        String carrierId = userOf(subject);
        if (carrierId == null || !hasRole(subject, CARRIER_ROLE)) {
            return false;
        }
        return switch (checkType) {
            case SEND -> bare.equals(FilingMessageProperties.FILINGS_ADDRESS);
            case CONSUME, BROWSE -> isOwnNoticeQueue(bare, carrierId);
            default -> false;
        };
    }

    @Override
    public boolean validateUser(String user, String password) {
        return portCommunity.authenticates(user, password) || operator.authenticates(user, password)
                || carriers.authenticates(user, password);
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false;
    }

    private static boolean isOwnNoticeQueue(String address, String carrierId) {
        String own = FilingMessageProperties.noticeAddress(carrierId);
        return address.equals(own) || address.startsWith(own + ".");
    }

    private static Subject subject(String user, String role) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(role));
        return subject;
    }

    private static boolean hasRole(Subject subject, String role) {
        return subject.getPrincipals(RolePrincipal.class).stream().anyMatch(p -> p.getName().equals(role));
    }

    private static String userOf(Subject subject) {
        return subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst().orElse(null);
    }
}
