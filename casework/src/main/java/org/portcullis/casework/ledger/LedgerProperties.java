package org.portcullis.casework.ledger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The log's signing key: an Ed25519 private key (PKCS#8 PEM) and its public key (PEM), the same files on every
 * node. With {@code generate-key} (the embedded default, never in production) a missing pair is generated at the
 * first start and written there. {@code retired-public-key-files} are the public keys of keys the log signed with
 * before a rotation: served beside the current one, so that older tree heads and certificates still verify.
 * {@code sign-every} (default 1 s) and {@code sign-after-leaves} (default 1,000) say how often the sequencer signs a
 * tree head while the log grows ({@link TreeHeadSchedule}); receipts always carry a head that includes their leaf.
 * {@code previous-key-file}, given at the first start after a rotation, is the retired key's private key: with it the
 * log makes its key handover ({@link KeyHandovers}); it can be removed once that is done.
 */
@ConfigurationProperties("portcullis.ledger")
public record LedgerProperties(Path keyFile, Path publicKeyFile, boolean generateKey,
        List<Path> retiredPublicKeyFiles, Duration signEvery, Integer signAfterLeaves, Path previousKeyFile) {

    public LedgerProperties {
        signEvery = signEvery == null ? Duration.ofSeconds(1) : signEvery;
        signAfterLeaves = signAfterLeaves == null ? 1_000 : signAfterLeaves;
        retiredPublicKeyFiles = retiredPublicKeyFiles == null ? List.of() : List.copyOf(retiredPublicKeyFiles);
        keyFile = keyFile == null ? Path.of("data", "ledger", "log-key.pem") : keyFile;
        publicKeyFile = publicKeyFile == null ? Path.of("data", "ledger", "log-public.pem") : publicKeyFile;
    }
}
