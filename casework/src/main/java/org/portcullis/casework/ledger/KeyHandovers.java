package org.portcullis.casework.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.sth.KeyHandover;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;

/**
 * Makes the log's key handover at a rotation (docs/ledger.md, "Key rotation"): when the previous private key is
 * configured, the last tree head that key signed is handed over to the current key, signed by both, and stored once
 * (a node that finds it made already, by itself or another node, keeps it). A verifier holding only the old public key
 * follows it to the new one.
 */
public class KeyHandovers {

    private static final Logger log = LoggerFactory.getLogger(KeyHandovers.class);

    private final LedgerRepository repository;
    private final LogKey current;
    private final RetiredLogKeys retired;
    private final Path previousKeyFile;
    private final Clock clock;

    KeyHandovers(LedgerRepository repository, LogKey current, RetiredLogKeys retired, Path previousKeyFile,
            Clock clock) {
        this.repository = repository;
        this.current = current;
        this.retired = retired;
        this.previousKeyFile = previousKeyFile;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        handOver().ifPresent(handover -> log.info("The log's key handover from log {} to log {} at tree size {} is "
                + "published (GET /api/v1/log/handovers); portcullis.ledger.previous-key-file may now be removed",
                handover.oldLogId(), handover.newLogId(), handover.treeSize()));
    }

    /**
     * The handover from the previous key to the current one: the one stored, or one made now; empty when no previous
     * key is configured or it never signed a tree head (nothing to follow). Fails when the previous key is no retired
     * key of the log.
     */
    Optional<KeyHandover> handOver() {
        if (previousKeyFile == null) {
            return Optional.empty();
        }
        LogKey previous = previousKey();
        Optional<String> stored = repository.keyHandoverFrom(previous.logId());
        if (stored.isPresent()) {
            return stored.map(KeyHandovers::read);
        }
        Optional<SignedTreeHead> lastHead = repository.latestTreeHead(previous.logId());
        if (lastHead.isEmpty()) {
            log.warn("The previous log key (log {}) signed no tree head: there is nothing to hand over",
                    previous.logId());
            return Optional.empty();
        }
        KeyHandover handover = KeyHandover.sign(previous, current, lastHead.get(), clock.millis());
        try {
            repository.addKeyHandover(handover.oldLogId(), handover.newLogId(), handover.treeSize(),
                    LogJson.handover(handover), clock.instant());
            return Optional.of(handover);
        } catch (DuplicateKeyException e) {
            log.debug("another node made the key handover from log {} first", previous.logId());
            return repository.keyHandoverFrom(previous.logId()).map(KeyHandovers::read);
        }
    }

    private LogKey previousKey() {
        try {
            return LogKey.readMatching(previousKeyFile, retired.keys()).orElseThrow(() -> new IllegalStateException(
                    "portcullis.ledger.previous-key-file (" + previousKeyFile + ") is not the private key of any "
                            + "public key in portcullis.ledger.retired-public-key-files"));
        } catch (IOException e) {
            throw new UncheckedIOException("the previous log key (portcullis.ledger.previous-key-file): "
                    + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static KeyHandover read(String json) {
        return LogJson.readHandover((Map<String, Object>) JsonText.parse(json));
    }
}
