package org.portcullis.casework.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.sth.LogKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The log's key, read from the configured files (or generated there once, when allowed), and its tree. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

    @Bean
    TransparencyLog transparencyLog(LedgerProperties properties) {
        return new TransparencyLog(logKey(properties));
    }

    @Bean
    TreeHeadSchedule treeHeadSchedule(LedgerProperties properties) {
        return new TreeHeadSchedule(properties.signEvery(), properties.signAfterLeaves());
    }

    @Bean
    RetiredLogKeys retiredLogKeys(LedgerProperties properties) {
        List<PublicKey> keys = new ArrayList<>();
        for (Path file : properties.retiredPublicKeyFiles()) {
            try {
                keys.add(LogKey.readPublic(file));
            } catch (IOException e) {
                throw new UncheckedIOException("a retired public key of the log (portcullis.ledger."
                        + "retired-public-key-files): " + e.getMessage(), e);
            }
        }
        return new RetiredLogKeys(keys);
    }

    @Bean
    KeyHandovers keyHandovers(LedgerRepository repository, TransparencyLog transparencyLog, RetiredLogKeys retired,
            LedgerProperties properties, Clock clock) {
        return new KeyHandovers(repository, transparencyLog.key(), retired, properties.previousKeyFile(), clock);
    }

    static LogKey logKey(LedgerProperties properties) {
        try {
            if (Files.exists(properties.keyFile()) || !properties.generateKey()) {
                return LogKey.read(properties.keyFile(), properties.publicKeyFile());
            }
            LogKey key = LogKey.generate();
            key.write(properties.keyFile(), properties.publicKeyFile());
            log.warn("Generated a new log signing key in {} (public key {}): a demo key; configure "
                    + "portcullis.ledger.key-file in production", properties.keyFile(), properties.publicKeyFile());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the log's signing key (portcullis.ledger.key-file and public-key-file): "
                    + e.getMessage(), e);
        }
    }
}
