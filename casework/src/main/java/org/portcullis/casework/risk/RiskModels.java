package org.portcullis.casework.risk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.portcullis.risk.RiskAnalysis;
import org.portcullis.risk.train.TrainingOptions;
import org.portcullis.risk.generate.GeneratorSettings;
import org.portcullis.risk.generate.HistoryGenerator;
import org.portcullis.risk.history.History;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The learned risk model's lifecycle, like a rule set's: train a draft (with its backtest against the rules on the
 * held-out later filings), put a model in shadow or live, roll back to what served before, or serve none. Every
 * step is an activation row, so the history of what served when stays.
 */
@Service
public class RiskModels {

    private static final Logger log = LoggerFactory.getLogger(RiskModels.class);

    private final RiskModelStore store;
    private final StoredHistory storedHistory;
    private final ServingModel serving;
    private final RiskAnalysis analysis;
    private final RiskProperties properties;
    private final Clock clock;

    RiskModels(RiskModelStore store, StoredHistory storedHistory, ServingModel serving, RiskAnalysis analysis,
            RiskProperties properties, Clock clock) {
        this.store = store;
        this.storedHistory = storedHistory;
        this.serving = serving;
        this.analysis = analysis;
        this.properties = properties;
        this.clock = clock;
    }

    public List<StoredModel> models() {
        return store.models();
    }

    public List<ModelActivation> activations() {
        return store.activations(20);
    }

    public Optional<ModelActivation> current() {
        return store.current();
    }

    /**
     * Trains a draft on the stored cases or on a generated history and stores it with its backtest; gives its
     * version. Refused with the reason when the history has nothing to learn from (no inspection found anything).
     */
    public String train(String by, HistorySource source) {
        History history = source == HistorySource.STORED ? storedHistory.read()
                : new HistoryGenerator().generate(GeneratorSettings.standard(properties.generatorSeed()));
        long start = System.nanoTime();
        RiskAnalysis.TrainingRun run = analysis.train(history,
                TrainingOptions.standard().withBagSize(properties.bagSize()));
        store.save(run, analysis.store(run.model()), by, source, clock.instant());
        log.info("Risk model {} trained by {} on {} history in {} ms\n{}", run.model().version(), by, source,
                (System.nanoTime() - start) / 1_000_000, run.backtest().table());
        return run.model().version();
    }

    /** Serves the model live (its scores reach the rules) or in shadow (only recorded). */
    public void serve(String version, RiskMode mode, String by) {
        if (mode == RiskMode.OFF || !store.exists(version)) {
            throw new IllegalArgumentException("there is no model " + version + " to serve " + mode);
        }
        store.activate(version, mode, by, clock.instant());
        serving.refresh();
    }

    /** Serves no model: the rules assess alone. */
    public void off(String by) {
        store.activate(null, RiskMode.OFF, by, clock.instant());
        serving.refresh();
    }

    /**
     * Serves again what served before the current activation (another model, the same in the other mode, or
     * none). Refused when nothing ever served before.
     */
    public ModelActivation rollback(String by) {
        List<ModelActivation> recent = store.activations(2);
        if (recent.size() < 2) {
            throw new IllegalStateException("nothing served before the current activation: nothing to roll back to");
        }
        ModelActivation previous = recent.get(1);
        store.activate(previous.version(), previous.mode(), by, clock.instant());
        serving.refresh();
        return store.current().orElseThrow();
    }
}
