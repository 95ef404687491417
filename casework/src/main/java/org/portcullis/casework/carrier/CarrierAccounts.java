package org.portcullis.casework.carrier;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portcullis.casework.carrier.CarrierProperties.Account;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The configured carrier accounts: who may sign in to the broker and the HTTP API, and how each takes its
 * notices. A carrier that has no account (only possible for messages the application itself puts on the queue,
 * as the demo does) takes its notices on its queue in JSON.
 */
@Component
public class CarrierAccounts {

    private static final Account DEFAULTS = new Account(null, CarrierProperties.NoticeChannel.QUEUE, false);

    private final Map<String, Account> accounts;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public CarrierAccounts(CarrierProperties properties) {
        properties.accounts().forEach((id, account) -> {
            if (!FilingMessageProperties.isValidCarrierId(id)) {
                throw new IllegalArgumentException("carrier id '" + id + "' is not letters, digits, '-' and '_'");
            }
            if (account.password() == null || account.password().isBlank()) {
                throw new IllegalArgumentException("carrier " + id + " has no password: set "
                        + "portcullis.carriers.accounts." + id + ".password to an encoded password");
            }
        });
        this.accounts = Map.copyOf(properties.accounts());
    }

    public Set<String> carrierIds() {
        return accounts.keySet();
    }

    public Optional<Account> account(String carrierId) {
        return Optional.ofNullable(carrierId == null ? null : accounts.get(carrierId));
    }

    /** The encoded password of the carrier, for Spring Security's own password checks. */
    public Optional<String> encodedPassword(String carrierId) {
        return account(carrierId).map(Account::password);
    }

    /** True when the carrier has an account and the password is its password. */
    public boolean authenticates(String carrierId, String password) {
        return password != null && account(carrierId).map(a -> passwords.matches(password, a.password())).orElse(false);
    }

    public boolean takesNoticesOnQueue(String carrierId) {
        return settings(carrierId).notices() == CarrierProperties.NoticeChannel.QUEUE;
    }

    public boolean wantsEdifactNotices(String carrierId) {
        return settings(carrierId).edifactNotices();
    }

    public PasswordEncoder passwordEncoder() {
        return passwords;
    }

    private Account settings(String carrierId) {
        return account(carrierId).orElse(DEFAULTS);
    }
}
