package org.portcullis.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.portcullis.risk.generate.GeneratorSettings;
import org.portcullis.risk.generate.HistoryGenerator;
import org.portcullis.risk.history.History;

/** One generated history (seed 42, the documented demo settings) and one model trained on it, shared by tests. */
final class GeneratedWorld {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-10T00:00:00Z"), ZoneOffset.UTC);
    static final History HISTORY = new HistoryGenerator().generate(GeneratorSettings.standard(42));
    static final RiskAnalysis ANALYSIS = new RiskAnalysis(CLOCK);
    private static RiskAnalysis.TrainingRun run;

    private GeneratedWorld() {
    }

    static synchronized RiskAnalysis.TrainingRun trained() {
        if (run == null) {
            run = ANALYSIS.train(HISTORY);
        }
        return run;
    }
}
