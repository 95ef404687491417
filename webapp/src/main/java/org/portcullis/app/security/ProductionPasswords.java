package org.portcullis.app.security;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.casework.broker.BrokerProperties;
import org.portcullis.casework.carrier.CarrierProperties;
import org.portcullis.casework.pcs.PcsProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production every account's password is stored as a slow hash: a {@code {noop}} (clear text), {@code {sha256}}
 * or other fast encoding of a carrier, PCS or operator account refuses the start, naming the accounts to fix.
 */
@Component
@Profile("production")
class ProductionPasswords {

    private static final List<String> ACCEPTED = List.of("{bcrypt}", "{argon2}", "{scrypt}", "{pbkdf2}");

    ProductionPasswords(CarrierProperties carriers, PcsProperties pcs, BrokerProperties broker) {
        List<String> weak = new ArrayList<>();
        carriers.accounts().forEach((id, account) -> check("carrier " + id, account.password(), weak));
        if (pcs.brokerUser() != null) {
            check("port community system " + pcs.brokerUser(), pcs.brokerPassword(), weak);
        }
        if (broker.operatorUser() != null) {
            check("operator " + broker.operatorUser(), broker.operatorPassword(), weak);
        }
        if (!weak.isEmpty()) {
            throw new IllegalStateException("the production profile needs every password stored as a slow hash "
                    + ACCEPTED + " (e.g. {bcrypt}$2a$10$...); not so for: " + String.join(", ", weak));
        }
    }

    private static void check(String account, String password, List<String> weak) {
        if (password == null || ACCEPTED.stream().noneMatch(password::startsWith)) {
            weak.add(account);
        }
    }
}
