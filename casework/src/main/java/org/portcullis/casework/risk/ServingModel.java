package org.portcullis.casework.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.portcullis.risk.RiskAnalysis;
import org.portcullis.risk.scoring.FilingScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The model this node serves: follows the latest activation in the database (polled, so every node sharing the
 * database serves the same model within one poll), with the trade history its features read, rebuilt from the
 * stored cases when the model changes and at least every {@link #HISTORY_AGE}.
 */
@Component
class ServingModel {

    static final Duration HISTORY_AGE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ServingModel.class);

    /** What serves: the activation and, unless it is OFF, the scorer of its model. */
    record Serving(ModelActivation activation, FilingScorer scorer, Instant historyReadAt) {
    }

    private final RiskModelStore store;
    private final StoredHistory history;
    private final RiskAnalysis analysis;
    private final Clock clock;
    private final AtomicReference<Serving> serving = new AtomicReference<>();

    ServingModel(RiskModelStore store, StoredHistory history, RiskAnalysis analysis, Clock clock) {
        this.store = store;
        this.history = history;
        this.analysis = analysis;
        this.clock = clock;
    }

    Optional<Serving> current() {
        return Optional.ofNullable(serving.get()).filter(s -> s.scorer() != null);
    }

    @Scheduled(fixedDelayString = "${portcullis.risk.poll-interval:PT10S}", initialDelayString = "PT5S")
    void refresh() {
        Optional<ModelActivation> latest = store.current();
        Serving now = serving.get();
        boolean changed = latest.map(ModelActivation::id).orElse(-1L)
                != (now == null ? -1L : now.activation().id());
        boolean stale = now != null && now.scorer() != null
                && now.historyReadAt().plus(HISTORY_AGE).isBefore(clock.instant());
        if (latest.isEmpty() || !changed && !stale) {
            return;
        }
        ModelActivation activation = latest.get();
        if (activation.mode() == RiskMode.OFF) {
            serving.set(new Serving(activation, null, clock.instant()));
            log.info("No risk model serves (activation {} by {})", activation.id(), activation.activatedBy());
            return;
        }
        FilingScorer scorer;
        try {
            scorer = analysis.scorer(analysis.read(store.artifact(activation.version())), history.read());
        } catch (RuntimeException unreadable) {
            // e.g. trained on older feature definitions, or its files changed: the rules assess alone until another
            // model is put live; warned once per activation, as the activation is now the one served
            serving.set(new Serving(activation, null, clock.instant()));
            log.warn("Risk model {} (activation {}) cannot serve, the rules assess alone: {}", activation.version(),
                    activation.id(), unreadable.getMessage());
            return;
        }
        serving.set(new Serving(activation, scorer, clock.instant()));
        log.info("Risk model {} serves {} (activation {} by {})", activation.version(), activation.mode(),
                activation.id(), activation.activatedBy());
    }
}
