package org.portcullis.app.pcs;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The port community system's account on the embedded broker ({@code portcullis.pcs.broker-user} and
 * {@code broker-password}): it may send events to {@code portcullis.pcs.events} and read
 * {@code portcullis.pcs.notices}, nothing else. Without a configured account no PCS can sign in.
 */
@Component
public class PortCommunityAccount {

    private final String user;
    private final String encodedPassword;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public PortCommunityAccount(PcsProperties properties) {
        this.user = blank(properties.brokerUser()) ? null : properties.brokerUser();
        this.encodedPassword = properties.brokerPassword();
        if (user != null && blank(encodedPassword)) {
            throw new IllegalArgumentException("portcullis.pcs.broker-user is set but portcullis.pcs.broker-password "
                    + "is not: give it an encoded password");
        }
    }

    public boolean authenticates(String candidateUser, String password) {
        return user != null && user.equals(candidateUser) && password != null
                && passwords.matches(password, encodedPassword);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
