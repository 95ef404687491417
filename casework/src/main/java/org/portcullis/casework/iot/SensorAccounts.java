package org.portcullis.casework.iot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.messaging.iot.IotTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The configured sensor accounts ({@code portcullis.iot.accounts}): who may sign in to the broker to publish events,
 * and for which operator. Refuses to start on an account without a user, password or operator, or named twice.
 */
@Component
public class SensorAccounts {

    private final Map<String, IotProperties.Account> byUser;
    private final IotTopics topics;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public SensorAccounts(IotProperties properties) {
        this(properties, new SensorBrokerProperties(null, null, null));
    }

    /**
     * With a sensor broker of their own ({@code portcullis.iot.broker.url}) the accounts' passwords are that broker's:
     * an account here then needs a user and an operator only, and signs in nowhere with this password.
     */
    @Autowired
    public SensorAccounts(IotProperties properties, SensorBrokerProperties broker) {
        Map<String, IotProperties.Account> accounts = new LinkedHashMap<>();
        for (IotProperties.Account account : properties.accounts()) {
            if (blank(account.user()) || (blank(account.password()) && !broker.separate())
                    || blank(account.operator())) {
                throw new IllegalArgumentException("every portcullis.iot.accounts entry needs a user, an encoded "
                        + "password and an operator; " + account.user() + " lacks one");
            }
            if (accounts.put(account.user(), account) != null) {
                throw new IllegalArgumentException("sensor account '" + account.user() + "' is configured twice");
            }
        }
        this.byUser = Map.copyOf(accounts);
        Map<String, String> operators = new LinkedHashMap<>();
        byUser.forEach((user, account) -> operators.put(user, account.operator()));
        this.topics = new IotTopics(operators);
    }

    /** No account: the broker that uses it signs no sensor in (sensors have a broker of their own). */
    public static SensorAccounts none() {
        return new SensorAccounts(new IotProperties(List.of(), null, 0, 0, null, null, null, null));
    }

    public Set<String> users() {
        return byUser.keySet();
    }

    /** True when the account exists and the password is its password. */
    public boolean authenticates(String user, String password) {
        IotProperties.Account account = user == null ? null : byUser.get(user);
        return account != null && password != null && account.password() != null && !account.password().isBlank()
                && passwords.matches(password, account.password());
    }

    /** Who may publish where: each account under its own operator's topics. */
    public IotTopics topics() {
        return topics;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
