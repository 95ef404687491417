package org.portcullis.processes.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Officers' passwords are kept as BCrypt hashes (a slow hash, cost 10), not the engine's default salted SHA-512,
 * which a stolen database lets an attacker try billions of guesses a second against. Passwords stored before keep
 * working (the engine always checks SHA-512 hashes too) and are replaced when the officer's password is next set.
 */
@Component
public class OfficerPasswords extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new Bcrypt());
    }

    /** The engine's password encryptor over Spring Security's BCrypt. */
    static final class Bcrypt implements PasswordEncryptor {

        private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(10);

        @Override
        public String encrypt(String password) {
            return ENCODER.encode(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            return ENCODER.matches(password, encrypted);
        }

        @Override
        public String hashAlgorithmName() {
            return "BCRYPT";
        }
    }
}
