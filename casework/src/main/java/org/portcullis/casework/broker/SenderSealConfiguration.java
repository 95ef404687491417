package org.portcullis.casework.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.portcullis.model.intake.SenderSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The secret the broker's sender stamp seals senders with, and the listeners verify: configured
 * ({@code portcullis.broker.sender-seal-secret}), required with an external broker; for the embedded broker made
 * once and kept beside its journal, so that dead letters stamped before a restart still verify after it.
 */
@Configuration(proxyBeanMethods = false)
class SenderSealConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SenderSealConfiguration.class);
    private static final String KEY_FILE = "sender-seal.key";

    @Bean
    SenderSeal senderSeal(BrokerProperties broker) throws IOException {
        if (broker.senderSealSecret() != null && !broker.senderSealSecret().isBlank()) {
            return SenderSeal.fromBase64(broker.senderSealSecret());
        }
        if (!broker.embedded()) {
            throw new IllegalStateException("portcullis.broker.sender-seal-secret is required with an external "
                    + "broker: the base64 secret (32 bytes or more) the broker's SenderStamp plugin is configured "
                    + "with (docs/security.md)");
        }
        Path file = Path.of(broker.dataDirectory()).resolve(KEY_FILE);
        if (Files.exists(file)) {
            return SenderSeal.fromBase64(Files.readString(file));
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(secret));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Could not restrict the permissions of {}", file);
        }
        log.info("Sender seal secret of the embedded broker made in {}", file);
        return new SenderSeal(secret);
    }
}
