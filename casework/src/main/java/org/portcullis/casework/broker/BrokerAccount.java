package org.portcullis.casework.broker;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One configured account of the embedded broker other than a carrier's (the port community system, the
 * operator): a user name and an encoded password ({@code {bcrypt}...}, {@code {noop}...} for demos). Absent when no
 * user is configured: then nobody signs in with it.
 */
final class BrokerAccount {

    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final String user;
    private final String encodedPassword;

    /**
     * @param properties the configuration prefix, for the error message (e.g. {@code portcullis.pcs.broker})
     */
    BrokerAccount(String properties, String user, String encodedPassword) {
        boolean configured = user != null && !user.isBlank();
        if (configured && (encodedPassword == null || encodedPassword.isBlank())) {
            throw new IllegalArgumentException(properties + "-user is set but " + properties
                    + "-password is not: give it an encoded password");
        }
        this.user = configured ? user : null;
        this.encodedPassword = encodedPassword;
    }

    boolean authenticates(String candidateUser, String password) {
        return user != null && user.equals(candidateUser) && password != null
                && PASSWORDS.matches(password, encodedPassword);
    }
}
