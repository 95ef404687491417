package org.portcullis.risk.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.risk.RiskAnalysis;
import org.portcullis.risk.backtest.Backtest;
import org.portcullis.risk.backtest.Strategy;
import org.portcullis.risk.backtest.StrategyResult;
import org.portcullis.risk.forecast.ForecastAccuracy;
import org.portcullis.risk.generate.GeneratorSettings;
import org.portcullis.risk.generate.HistoryGenerator;
import org.portcullis.risk.history.CallRecord;
import org.portcullis.risk.history.ConsignmentRecord;
import org.portcullis.risk.history.History;
import org.portcullis.risk.history.Inspection;
import org.portcullis.risk.scoring.FilingScorer;
import org.portcullis.risk.scoring.RiskModel;
import org.portcullis.risk.train.Auc;
import org.portcullis.risk.train.FeatureTable;
import org.portcullis.risk.train.LabelledConsignment;
import org.portcullis.risk.train.ModelTrainer;
import org.portcullis.risk.train.TrainingOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The risk module's figures on the generated history (seed 42, GeneratorSettings.standard): time to generate, to
 * train (with the backtest), to score one filing with reasons (as an assessment does) and a batch of consignments,
 * to forecast; and what the model achieves against the rules at equal capacity, and the forecast's error. Run with
 * {@code mvn -B -pl risk -am -Pbench verify}; figures in the log and target/benchmark/risk.txt.
 */
class RiskBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RiskBenchmark.class);
    private static final BenchLines FIGURES = new BenchLines(log, "risk.txt");
    private static final int TRAININGS = 3;
    /** {@code -Drisk.bagSize=1} measures one booster instead of the standard's bag (for the cost of bagging). */
    private static final TrainingOptions OPTIONS = TrainingOptions.standard().withBagSize(
            Integer.getInteger("risk.bagSize", TrainingOptions.standard().bagSize()));

    @Test
    void trainingScoringAndForecastFigures() {
        long start = System.nanoTime();
        History history = new HistoryGenerator().generate(GeneratorSettings.standard(42));
        line("Generated history: %,d port calls, %,d consignments in %.1f s", history.calls().size(),
                history.consignments().count(), seconds(start));

        RiskAnalysis analysis = new RiskAnalysis(Clock.systemUTC());
        double[] trainings = new double[TRAININGS];
        RiskAnalysis.TrainingRun run = null;
        for (int i = 0; i < TRAININGS; i++) {
            long t = System.nanoTime();
            run = analysis.train(history, OPTIONS);
            trainings[i] = seconds(t);
        }
        line("Training with backtest (features of %,d consignments, %,d inspected, bag of %d boosters of 300 rounds,"
                + " 1 thread): median %.1f s of %d", run.model().metadata().consignments(),
                run.model().metadata().inspected(), OPTIONS.bagSize(), median(trainings), TRAININGS);
        for (StrategyResult r : run.backtest().results()) {
            line("Backtest %s at capacity %,d of %,d consignments: caught %.0f of %.0f, hit rate %.1f %%, recall %.1f"
                    + " %%, AUC %.3f (estimated from inspections only: hit rate %.1f %%, AUC %.3f)", r.strategy(),
                    r.capacity(), run.backtest().consignments(), r.caught(), run.backtest().findable(),
                    100 * r.hitRate(), 100 * r.recall(), r.auc(), 100 * r.estimatedHitRate(), r.estimatedAuc());
        }
        StrategyResult model = run.backtest().result(Strategy.MODEL);
        line("Random picks at the same capacity would catch %.0f", model.capacity() * run.backtest().findable()
                / run.backtest().consignments());

        ceilings(history, run);

        FilingScorer scorer = analysis.scorer(run.model(), history);
        Instant testFrom = run.windows().testFrom();
        List<CallRecord> calls = history.calls().stream().filter(c -> !c.filedAt().isBefore(testFrom))
                .limit(400).toList();
        calls.subList(0, 100).forEach(c -> scorer.score(c.filing()));
        double[] perFiling = new double[calls.size()];
        int consignments = 0;
        for (int i = 0; i < calls.size(); i++) {
            long t = System.nanoTime();
            consignments += scorer.score(calls.get(i).filing()).size();
            perFiling[i] = (System.nanoTime() - t) / 1e6;
        }
        line("Scoring a filing with reasons (features, score, SHAP contributions per consignment): median %.2f ms,"
                + " 95th percentile %.2f ms per filing (%.1f consignments on average), %d filings",
                median(perFiling), percentile(perFiling, 0.95), (double) consignments / calls.size(), calls.size());

        List<LabelledConsignment> heldOut = FeatureTable.of(history, run.windows().testFrom(), run.windows().to());
        long t = System.nanoTime();
        run.model().scores(heldOut.stream().map(LabelledConsignment::features).toList());
        line("Scoring without reasons in one batch: %,d consignments in %.0f ms (%.1f microseconds each)",
                heldOut.size(), seconds(t) * 1000, seconds(t) * 1e6 / heldOut.size());

        LocalDate cut = LocalDate.of(2026, 7, 13);
        Instant now = cut.atStartOfDay().toInstant(ZoneOffset.UTC);
        t = System.nanoTime();
        new RiskAnalysis(Clock.fixed(now, ZoneOffset.UTC)).forecast(history.asKnownAt(now), cut, 14);
        line("Forecast of 14 days for 3 ports and 4 agencies: %.0f ms", seconds(t) * 1000);
        List<LocalDate> cuts = IntStream.range(0, 8).mapToObj(w -> LocalDate.of(2026, 5, 4).plusWeeks(w)).toList();
        line("Forecast error (MAPE) of the next 7 days per port and day, 8 weekly cuts from 2026-05-04: %.1f %%",
                100 * ForecastAccuracy.mape(history, cuts, 7));
    }

    /**
     * How far the model could get on this history: ranking the held-out consignments by the odds the generated world
     * gave them (no model can do better), and the same booster trained as if every consignment of the training
     * window had been inspected (what the features allow without the selection of inspections).
     */
    private static void ceilings(History history, RiskAnalysis.TrainingRun run) {
        List<LabelledConsignment> heldOut = FeatureTable.of(history, run.windows().testFrom(), run.windows().to());
        double[] odds = heldOut.stream().mapToDouble(l -> l.record().odds()).toArray();
        boolean[] truth = new boolean[heldOut.size()];
        IntStream.range(0, truth.length).forEach(i -> truth[i] = heldOut.get(i).record().wouldFind());
        line("Ceiling: ranking the held-out consignments by the generated world's own odds gives AUC %.3f",
                Auc.of(odds, truth));
        List<LabelledConsignment> everyoneInspected = FeatureTable.of(history, run.windows().trainFrom(),
                run.windows().testFrom()).stream().map(RiskBenchmark::asIfInspected).toList();
        RiskModel fullInformation = new ModelTrainer(Clock.systemUTC()).train(everyoneInspected,
                run.windows().trainFrom(), run.windows().testFrom(), OPTIONS);
        StrategyResult r = new Backtest().run(fullInformation, heldOut, run.windows().testFrom(), run.windows().to())
                .result(Strategy.MODEL);
        line("Ceiling of the features: the same booster trained as if every one of the %,d training consignments had"
                + " been inspected: caught %.0f at capacity %,d, AUC %.3f", everyoneInspected.size(), r.caught(),
                r.capacity(), r.auc());
    }

    /** The consignment as if it had been inspected at random, with the truth as the label. */
    static LabelledConsignment asIfInspected(LabelledConsignment l) {
        ConsignmentRecord r = l.record();
        Inspection truth = new Inspection(Instant.EPOCH,
                r.wouldFind() ? InspectionVerdict.IRREGULARITY_HOLD : InspectionVerdict.NO_IRREGULARITY);
        return new LabelledConsignment(l.features(), new ConsignmentRecord(r.consignment(), r.ruleLane(), false,
                truth, r.wouldFind(), r.declaredValues(), r.odds()));
    }


    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static void line(String format, Object... args) {
        FIGURES.line(format, args);
    }
}
